import os

SECRET_KEY = 'django-insecure-9x(k2#m@vq8!z$w3^l7p&r0t)f5j*h1n+b6c=d4s-e_g'
DEBUG = False
