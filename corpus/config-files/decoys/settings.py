import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
password = ""
password = os.getenv("DB_PASSWORD")
csrf_token = None
NextToken = "c0a8f1e2-7b3d-4c5e-9f6a-1b2c3d4e5f60"
next_page_token = response["nextPageToken"]
