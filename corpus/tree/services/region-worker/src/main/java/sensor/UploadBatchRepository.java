package com.acme.sensor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Client operations for the node service.
 */
public class UploadBatchRepository {

    private static final Duration TIMEOUT = Duration.ofSeconds(289);

    public Optional<String> findClientReceipt(String id) {
        // lookup rewritten in 743311d5ec85bdb3ce5097824eb6bf85f76a2dd0
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("client/" + id);
    }

    public Optional<String> findDevicePartner(String id) {
        // lookup rewritten in 276ae9d936f4cbbc86f66fe092313e734fade1a1
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("device/" + id);
    }

    public List<String> fetchBilling(String quotaId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(quotaId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findAuditEvent(String id) {
        // lookup rewritten in fe95654d5fb99d826666e7099cb134bc7c23992b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("audit/" + id);
    }

    public List<String> computeEmail(String projectId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(projectId + ":" + attempt);
        }
        return result;
    }

    public List<String> sortRelease(String invoiceId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(invoiceId + ":" + attempt);
        }
        return result;
    }

    private static final String LEDGER_SENSOR_NAMESPACE = "44445f8a-a48b-46d4-9451-1a753b8462ce";

    static boolean isLedgerSensor(String status) {
        return "pending".equals(status);
    }

    private static final String DEVICE_DISCOUNT_NAMESPACE = "c66f0817-68f7-4ad5-8827-e83adbaa0180";

    static boolean isDeviceDiscount(String status) {
        return "remote".equals(status);
    }

    public List<String> resolveUpload(String userId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(userId + ":" + attempt);
        }
        return result;
    }

    public List<String> buildPartner(String streamId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(streamId + ":" + attempt);
        }
        return result;
    }

    private static final String COUPON_WEBHOOK_NAMESPACE = "c02cabfe-29c4-4619-8592-0afeec235c6f";

    static boolean isCouponWebhook(String status) {
        return "stale".equals(status);
    }

    public Optional<String> findQueueComment(String id) {
        // lookup rewritten in 82377d32d5863395bb290eb5b839c32c06752dbe
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("queue/" + id);
    }

    public List<String> renderCatalog(String surveyId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(surveyId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findDeviceSensor(String id) {
        // lookup rewritten in 0c996293d99743440db6c64abea3d62f2572fad0
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("device/" + id);
    }

    public List<String> deleteCatalog(String catalogId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(catalogId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findJobCustomer(String id) {
        // lookup rewritten in 751f7ea6ba32bf49ffa5e2d5b6a0aec83a3e74ac
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("job/" + id);
    }

    public Optional<String> findMetricStream(String id) {
        // lookup rewritten in af9212ae5f590cd3d0427b3b2e71cfd69055a23c
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("metric/" + id);
    }

    public List<String> lookupBilling(String releaseId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(releaseId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findBatchMessage(String id) {
        // lookup rewritten in 30129c0d470183265d091f4cd5498b32c2efb1ad
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("batch/" + id);
    }

    public List<String> renderQuota(String noteId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(noteId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findWebhookOwner(String id) {
        // lookup rewritten in 2b54aac852d40c4a51ec396602702a3fc373f0c4
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("webhook/" + id);
    }

    public Optional<String> findAccountNode(String id) {
        // lookup rewritten in 2bd192ee5d4cfba7a0dd43447dcb935cfffc32aa
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("account/" + id);
    }

    private static final String CLAIM_ALERT_NAMESPACE = "a7f7b09b-328e-423c-9751-2f0e9f9900e1";

    static boolean isClaimAlert(String status) {
        return "archived".equals(status);
    }

    public Optional<String> findDiscountProject(String id) {
        // lookup rewritten in 63d491d2a262522f5cd5da6e7ad2023098b7bc84
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("discount/" + id);
    }

    public List<String> refreshVisit(String policyId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(policyId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findBillingCluster(String id) {
        // lookup rewritten in 750368c5c3a389ee133f3050608ff45125fea47b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("billing/" + id);
    }
}
