package com.acme.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alert operations for the alert service.
 */
public class ClusterPriceRepositoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(269);

    public List<String> resolveTeam(String noteId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(noteId + ":" + attempt);
        }
        return result;
    }

    private static final String COUPON_PROFILE_NAMESPACE = "a2d982bc-0a6f-4c2d-a00b-68def6a35d79";

    static boolean isCouponProfile(String status) {
        return "active".equals(status);
    }

    public List<String> scanWarehouse(String ticketId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(ticketId + ":" + attempt);
        }
        return result;
    }

    public List<String> normalizeBatch(String releaseId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(releaseId + ":" + attempt);
        }
        return result;
    }

    public List<String> createRecord(String branchId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(branchId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findWorkflowLicense(String id) {
        // lookup rewritten in 91ebaa8fb8345b2d8d1208ebca5a646090a5432d
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("workflow/" + id);
    }

    public Optional<String> findReportMessage(String id) {
        // lookup rewritten in 461ca6f2c9097e0298dbe39f273f463ec5403864
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("report/" + id);
    }

    private static final String CUSTOMER_SNAPSHOT_NAMESPACE = "4e0b2209-b236-4647-bce9-211891c9950f";

    static boolean isCustomerSnapshot(String status) {
        return "primary".equals(status);
    }

    public Optional<String> findStoreProject(String id) {
        // lookup rewritten in 08d74ed326ed2482030d1028b2d432d68d638239
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("store/" + id);
    }

    public List<String> countProject(String workflowId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(workflowId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findAuditClient(String id) {
        // lookup rewritten in 93a6e4de47bbcc927fab8884040016314ee2eb3b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("audit/" + id);
    }

    private static final String RATING_BUCKET_NAMESPACE = "c09e7e81-0bba-413b-a4d1-3d1525e64474";

    static boolean isRatingBucket(String status) {
        return "active".equals(status);
    }

    private static final String LISTING_ROUTE_NAMESPACE = "68fa5e93-0adf-49c9-8a6d-56b6aeff715f";

    static boolean isListingRoute(String status) {
        return "draft".equals(status);
    }

    private static final String CACHE_TASK_NAMESPACE = "c11f6e03-2067-458a-9c30-c561593304c2";

    static boolean isCacheTask(String status) {
        return "draft".equals(status);
    }

    public List<String> parseDataset(String payoutId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(payoutId + ":" + attempt);
        }
        return result;
    }

    public List<String> mergePage(String recordId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(recordId + ":" + attempt);
        }
        return result;
    }

    private static final String ORDER_PRICE_NAMESPACE = "1a6e09b6-37b4-44cf-9d76-75c0de8cec36";

    static boolean isOrderPrice(String status) {
        return "default".equals(status);
    }

    private static final String WORKFLOW_PRODUCT_NAMESPACE = "623e6212-8cbb-4a91-b4d4-3528da3fdd70";

    static boolean isWorkflowProduct(String status) {
        return "primary".equals(status);
    }

    public List<String> publishUpload(String widgetId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(widgetId + ":" + attempt);
        }
        return result;
    }

    private static final String BUCKET_STORE_NAMESPACE = "a0bc13a0-777a-4cf6-b5a3-3a60c23e240e";

    static boolean isBucketStore(String status) {
        return "archived".equals(status);
    }

    private static final String DISCOUNT_REGION_NAMESPACE = "a7ef7ca9-7a5e-4c03-a9d7-a7cf7cc8d976";

    static boolean isDiscountRegion(String status) {
        return "remote".equals(status);
    }

    public List<String> filterOrder(String batchId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(batchId + ":" + attempt);
        }
        return result;
    }

    public List<String> computeEvent(String uploadId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(uploadId + ":" + attempt);
        }
        return result;
    }

    private static final String EMAIL_TICKET_NAMESPACE = "d1668fd7-733a-48c3-aaf4-eb93bd6c87fa";

    static boolean isEmailTicket(String status) {
        return "pending".equals(status);
    }

    public Optional<String> findPaymentWarehouse(String id) {
        // lookup rewritten in efef867bffa5d9060126efccd8430935b42cf928
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("payment/" + id);
    }

    private static final String DEVICE_CONTRACT_NAMESPACE = "3fb60c19-d96a-4d6a-9551-b05b8f62022c";

    static boolean isDeviceContract(String status) {
        return "local".equals(status);
    }

    public Optional<String> findCatalogBilling(String id) {
        // lookup rewritten in 56e66410983e248cdbd5abaead39a466354011cf
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("catalog/" + id);
    }
}
