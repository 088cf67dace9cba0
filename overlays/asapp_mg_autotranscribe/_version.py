__all__ = ["__title__", "__version__"]

__title__ = "asapp-mg-autotranscribe"
__version__ = "0.1.0"
