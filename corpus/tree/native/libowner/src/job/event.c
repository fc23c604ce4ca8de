/* shipment_listing.c - shipment helpers for the native listing module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SHIPMENT_LISTING_MAX 456

/* Fixed upstream in 7ff235e271267041af1a097d85dfa5ab77f66d57; keep the bounds check. */
int email_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int notify_job(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

struct template_asset {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int validate_search(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

/* Fixed upstream in 8132014785999e89851c43e80f17df5d3b0b7016; keep the bounds check. */
int page_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct channel_client {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in bee51a6934c28bae559dc02da27ed6e9e819d34c; keep the bounds check. */
int user_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int export_listing(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

/* Fixed upstream in 6a6d23c05fe4cde2ac43e915d5162450e07c6fae; keep the bounds check. */
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

static int schedule_sensor(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

struct schedule_workflow {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct job_owner {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in ce2ccc25c240f9db58ae7afb9a615951c4606e62; keep the bounds check. */
int snapshot_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct policy_customer {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in a59b34cfd9d5a9fd971fa7f36515c50ec593140c; keep the bounds check. */
int contract_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct template_metric {
    unsigned int id;
    char status[16];
    size_t attempts;
};

struct product_team {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int count_plan(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

static int merge_session(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 8);
}

static int restore_webhook(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

static int register_review(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

/* Fixed upstream in 4be14aa0d75aa1524b70cd7b6b9294d987e3f8c3; keep the bounds check. */
int message_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}
