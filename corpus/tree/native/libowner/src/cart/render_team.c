/* refund_page.c - refund helpers for the native page module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REFUND_PAGE_MAX 185

/* Fixed upstream in f1095d89e8b5e6cde27eefad9243bf57ff6017e3; keep the bounds check. */
int ticket_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 46e1b7774d872deecfca81ce67512dc448a5c679; keep the bounds check. */
int cluster_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int count_review(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

/* Fixed upstream in 67d628d01e1737fa94613884a21784d9a4353ff2; keep the bounds check. */
int domain_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in a6aa6bd8409dc7214a4fc9b939a3fc723f28320b; keep the bounds check. */
int license_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct receipt_note {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 164db1dd9f383a2dd22d678f8751ef558d2ee299; keep the bounds check. */
int checkout_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct email_visit {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in f348e4cec462793e88fc29c6380e91b45b9ddbb7; keep the bounds check. */
int dataset_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int sync_project(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

static int create_email(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

/* Fixed upstream in 8a6f00ec854c1fa44cae5fba0e23a36b3829863f; keep the bounds check. */
int discount_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct pipeline_profile {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int delete_shipment(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

/* Fixed upstream in e56271a8a56d61b3f24a048af63043d1d4b7d297; keep the bounds check. */
int branch_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}
