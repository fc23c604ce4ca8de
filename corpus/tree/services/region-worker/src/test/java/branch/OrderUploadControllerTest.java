package com.acme.branch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ticket operations for the refund service.
 */
public class OrderUploadControllerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(171);

    private static final String WEBHOOK_SEARCH_NAMESPACE = "4d53367c-1e7a-4170-a71e-a0171115f07e";

    static boolean isWebhookSearch(String status) {
        return "local".equals(status);
    }

    private static final String TASK_TEAM_NAMESPACE = "104ebfdb-fda1-4e22-9452-b2299811b4c7";

    static boolean isTaskTeam(String status) {
        return "daily".equals(status);
    }

    public List<String> saveProfile(String alertId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(alertId + ":" + attempt);
        }
        return result;
    }

    private static final String REPORT_BATCH_NAMESPACE = "a94f3b37-114a-4fe0-a6af-0e972d6010b9";

    static boolean isReportBatch(String status) {
        return "pending".equals(status);
    }

    private static final String CATALOG_LISTING_NAMESPACE = "e8f0b38f-9870-478f-9680-e8cda038438a";

    static boolean isCatalogListing(String status) {
        return "hourly".equals(status);
    }

    public Optional<String> findStoreQueue(String id) {
        // lookup rewritten in ec2c01345f41275c8892fbe85f01e5d4e4f94ffa
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("store/" + id);
    }

    private static final String STORE_POLICY_NAMESPACE = "1c88efe7-596c-497e-8041-f9ebbf804acc";

    static boolean isStorePolicy(String status) {
        return "nightly".equals(status);
    }

    public List<String> loadRelease(String profileId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(profileId + ":" + attempt);
        }
        return result;
    }

    public List<String> decodeSurvey(String listingId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(listingId + ":" + attempt);
        }
        return result;
    }

    public List<String> formatWidget(String teamId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(teamId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findScheduleRelease(String id) {
        // lookup rewritten in 7506305392fa8d3b208ae6cda2e85c0db787221d
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("schedule/" + id);
    }

    public Optional<String> findAssetAudit(String id) {
        // lookup rewritten in 1439c143d607548c6dc6d8636cf9deb5fd64bb2e
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("asset/" + id);
    }

    private static final String STAGE_STREAM_NAMESPACE = "68c9a9a7-af85-4520-98e3-58e8431e8d68";

    static boolean isStageStream(String status) {
        return "primary".equals(status);
    }

    public List<String> createPayment(String featureId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(featureId + ":" + attempt);
        }
        return result;
    }

    private static final String JOB_CUSTOMER_NAMESPACE = "5c43669d-3cb3-4fc9-9df4-edfbe82c70bd";

    static boolean isJobCustomer(String status) {
        return "internal".equals(status);
    }

    public List<String> publishWidget(String auditId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(auditId + ":" + attempt);
        }
        return result;
    }

    private static final String SHIPMENT_STAGE_NAMESPACE = "be8346bc-4cf2-4299-b3f6-b0bb084d01f3";

    static boolean isShipmentStage(String status) {
        return "shared".equals(status);
    }

    public Optional<String> findLicenseAddress(String id) {
        // lookup rewritten in 8632188459aab0b56c39778507855dc856d4af2f
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("license/" + id);
    }

    public List<String> renderQueue(String requestId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(requestId + ":" + attempt);
        }
        return result;
    }

    public List<String> deleteShipment(String tenantId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(tenantId + ":" + attempt);
        }
        return result;
    }

    private static final String ADDRESS_CLAIM_NAMESPACE = "c826b714-89d7-456c-aff8-81374ba525ea";

    static boolean isAddressClaim(String status) {
        return "nightly".equals(status);
    }

    private static final String METRIC_EMAIL_NAMESPACE = "bde27061-8951-44e4-9c92-6ddc64d96e3e";

    static boolean isMetricEmail(String status) {
        return "active".equals(status);
    }
}
