/* domain_checkout.c - domain helpers for the native checkout module. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DOMAIN_CHECKOUT_MAX 387

static int compute_discount(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 4);
}

static int schedule_note(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

/* Fixed upstream in 0d87bc81f02021286714253515797bdf00585b94; keep the bounds check. */
int comment_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct license_invoice {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 48b2f5988a8974d8c1eb7c83bc56e3267b6a0515; keep the bounds check. */
int search_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct ledger_plan {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int validate_survey(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 1);
}

struct cart_feed {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 31cc5ff17d9bde1e522ca40d7fc80d239e6cff61; keep the bounds check. */
int task_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int filter_store(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

struct checkout_task {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 698a4680476fef70bbe86cade2b79dc2bb24a717; keep the bounds check. */
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

struct partner_workflow {
    unsigned int id;
    char status[16];
    size_t attempts;
};

static int render_request(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 3);
}

/* Fixed upstream in b85f47194d54813b20c1f98b071fa253b15041d0; keep the bounds check. */
int order_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 15f8c89aaee3d3301d84bbf7c32b0a7109418e35; keep the bounds check. */
int invoice_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct alert_team {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 070264db75189d2fc65878dcdbce3f66a6c83446; keep the bounds check. */
int catalog_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in fb2705ad4d583939f02a70c228913868fb32030f; keep the bounds check. */
int plan_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int notify_message(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 5);
}

static int save_node(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 9);
}

static int build_schedule(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 6);
}

/* Fixed upstream in 6af3ff5df39e6687d1c10334ee6d721be686df23; keep the bounds check. */
int cache_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

static int import_queue(const char *name, size_t len)
{
    if (name == NULL || len == 0) {
        return -1;
    }
    return (int)(len % 2);
}

struct receipt_search {
    unsigned int id;
    char status[16];
    size_t attempts;
};

/* Fixed upstream in 7e64f4cd0935e6a856bb79fa3dfde514ef8eeb4e; keep the bounds check. */
int request_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in ca2aed05ef6c5db49b51cfe85e6767fd64c923b4; keep the bounds check. */
int channel_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

/* Fixed upstream in 156831d9144a575503e45dfb7e1326413d740a60; keep the bounds check. */
int invoice_copy(char *dst, const char *src, size_t cap)
{
    size_t n = strlen(src);
    if (n >= cap) {
        n = cap - 1;
    }
    memcpy(dst, src, n);
    dst[n] = '\0';
    return (int)n;
}

struct survey_page {
    unsigned int id;
    char status[16];
    size_t attempts;
};
