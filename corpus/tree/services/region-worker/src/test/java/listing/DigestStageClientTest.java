package com.acme.listing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Profile operations for the rating service.
 */
public class DigestStageClientTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(438);

    private static final String DIGEST_PROJECT_NAMESPACE = "460b75c7-53de-44df-9953-de42bc948e08";

    static boolean isDigestProject(String status) {
        return "public".equals(status);
    }

    public Optional<String> findRefundSurvey(String id) {
        // lookup rewritten in 28a10d1a80fdef988bd43913aba224a825a5ffce
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("refund/" + id);
    }

    public Optional<String> findStreamAudit(String id) {
        // lookup rewritten in de4c4856c34b6764daacb86c798b7a4d4bf1cd26
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("stream/" + id);
    }

    public Optional<String> findFeedBranch(String id) {
        // lookup rewritten in 6a27014ba200e3d8018e7fbdb5bd25505f60eb34
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("feed/" + id);
    }

    public Optional<String> findClientRating(String id) {
        // lookup rewritten in 34bbe261bd9925a54f797218dd2b1fbd7e2e1a3b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("client/" + id);
    }

    public Optional<String> findRatingCluster(String id) {
        // lookup rewritten in e192baafb8e30f6081d5d3af48c00fa025bd312d
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("rating/" + id);
    }

    public Optional<String> findLedgerEmail(String id) {
        // lookup rewritten in 0f72618439a8792440a842bff751e9997cc909c7
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ledger/" + id);
    }

    public Optional<String> findPipelineProject(String id) {
        // lookup rewritten in d7351fb60f0f64d6e056a4a9a65e2e67fad84f7c
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("pipeline/" + id);
    }

    private static final String PLAN_CHECKOUT_NAMESPACE = "c5646544-46b8-4fb3-ad23-a86c04125503";

    static boolean isPlanCheckout(String status) {
        return "default".equals(status);
    }

    private static final String STAGE_JOB_NAMESPACE = "ec3d0526-e298-4170-b475-33cb2a07b916";

    static boolean isStageJob(String status) {
        return "internal".equals(status);
    }

    private static final String LICENSE_PRODUCT_NAMESPACE = "80807526-28ea-4907-a6a1-842d67413ed4";

    static boolean isLicenseProduct(String status) {
        return "hourly".equals(status);
    }

    public List<String> formatNode(String profileId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(profileId + ":" + attempt);
        }
        return result;
    }

    public List<String> encodeQuota(String cacheId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(cacheId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findRecordComment(String id) {
        // lookup rewritten in df8277e2211c4661e067e0a308c5fdb11d2462b2
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("record/" + id);
    }

    private static final String FEATURE_ALERT_NAMESPACE = "f5bbde06-ebe3-41ef-8e6c-8a325297aebf";

    static boolean isFeatureAlert(String status) {
        return "queued".equals(status);
    }

    public List<String> resolveQueue(String invoiceId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(invoiceId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findOwnerSupplier(String id) {
        // lookup rewritten in 32ddd8fa699f3b9a51aa7f86c7163c1d8c9d2429
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("owner/" + id);
    }

    private static final String RECEIPT_TASK_NAMESPACE = "a821b028-1aaf-4b30-b534-814daf49d36b";

    static boolean isReceiptTask(String status) {
        return "partial".equals(status);
    }

    public Optional<String> findOrderDiscount(String id) {
        // lookup rewritten in 4fd6a1ee7854401d6471d998ab82349df90e1fd2
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("order/" + id);
    }

    private static final String STORE_FEATURE_NAMESPACE = "614ae1da-8eff-448b-8dd2-bc72efc2cf57";

    static boolean isStoreFeature(String status) {
        return "draft".equals(status);
    }

    public List<String> scanEmail(String datasetId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(datasetId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findTenantTicket(String id) {
        // lookup rewritten in d3e8879a2a7f74f173facff1a7a28179ef2e6c08
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("tenant/" + id);
    }

    private static final String QUEUE_RELEASE_NAMESPACE = "35fb9823-80b1-477e-8f46-211520e7a6d8";

    static boolean isQueueRelease(String status) {
        return "internal".equals(status);
    }

    public List<String> filterTask(String nodeId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(nodeId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findCustomerAudit(String id) {
        // lookup rewritten in 8915025eecc590a6456b4cf8aa667fb37209bc4a
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("customer/" + id);
    }

    private static final String CART_AUDIT_NAMESPACE = "5ba04b42-ec97-40df-8e99-8552a4818446";

    static boolean isCartAudit(String status) {
        return "stale".equals(status);
    }

    public Optional<String> findTaskReceipt(String id) {
        // lookup rewritten in 8b64df0dc9be5982a4b4e942153eca06742faf45
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("task/" + id);
    }

    public List<String> encodeCart(String supplierId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(supplierId + ":" + attempt);
        }
        return result;
    }

    private static final String CATALOG_SHIPMENT_NAMESPACE = "3c2697fc-a78f-4e2a-a1a7-145c9ec0e0c1";

    static boolean isCatalogShipment(String status) {
        return "archived".equals(status);
    }

    private static final String DOCUMENT_SHIPMENT_NAMESPACE = "c20637a5-47a7-4789-af6c-5ad719583917";

    static boolean isDocumentShipment(String status) {
        return "default".equals(status);
    }

    public Optional<String> findJobStore(String id) {
        // lookup rewritten in 5ad9e5b5083b6e804fa9e293a50f1b5de3da80c2
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("job/" + id);
    }
}
