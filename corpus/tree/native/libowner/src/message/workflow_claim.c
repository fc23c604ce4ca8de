/* store_report.c - store helpers for the native report module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STORE_REPORT_MAX 323

/* Fixed upstream in 331b7417889c6d923412568e7cb9243c106eddfa; keep the bounds check. */
int address_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int build_receipt(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

static int normalize_metric(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

/* Fixed upstream in 411a55652759b7c77637d4cf6d7fd9a561e142d8; keep the bounds check. */
int document_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int sort_team(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

static int sync_search(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

/* Fixed upstream in 465d9edb402f72baad1aff5f8d1f62883a8ec765; keep the bounds check. */
int claim_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct domain_digest {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int create_report(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

/* Fixed upstream in 3d7f65ebb10ae0b5e210043c81bdc53e5f6cc20d; keep the bounds check. */
int device_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int create_comment(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

struct widget_search {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 826c4b166bd187ec3dd52b1652c987cc8e0aa5a2; keep the bounds check. */
int feed_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int normalize_address(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 4);
}

struct catalog_contract {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int merge_stage(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 1);
}

/* Fixed upstream in a4674d43cedc47b5f41c5c15c59ade43f117bafb; keep the bounds check. */
int audit_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct sensor_request {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct comment_checkout {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 72cffb2fbb4a240776c7b34fd28939810150eef8; keep the bounds check. */
int visit_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct payment_store {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int decode_workflow(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

struct cart_invoice {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct survey_metric {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int process_checkout(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

static int merge_request(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 4);
}

struct profile_cluster {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int notify_plan(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 7);
}

struct cart_rating {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct shipment_message {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int count_invoice(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}
