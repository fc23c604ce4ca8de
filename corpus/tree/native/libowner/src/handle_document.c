/* upload_upload.c - upload helpers for the native upload module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UPLOAD_UPLOAD_MAX 462

struct record_device {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 5694d67c1b90c3aeac3ed7d1aa03db9b6fa5411f; keep the bounds check. */
int price_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct request_region {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 8ccdd5ab25f42a03609b6e726f3eb552e49acdd3; keep the bounds check. */
int session_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 5444077f405d4749a306e979ecb5264016048f5c; keep the bounds check. */
int store_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}
