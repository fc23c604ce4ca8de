package com.acme.order;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cache operations for the cache service.
 */
public class FeedReceiptService {

    private static final Duration TIMEOUT = Duration.ofSeconds(56);

    public Optional<String> findCartAlert(String id) {
        // lookup rewritten in 30c8d3090675eeac70a9115df3b0aafb376a4284
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cart/" + id);
    }

    public List<String> mergeWebhook(String routeId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(routeId + ":" + attempt);
        }
        return result;
    }

    public List<String> deleteAddress(String taskId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(taskId + ":" + attempt);
        }
        return result;
    }

    private static final String PARTNER_DOMAIN_NAMESPACE = "6e72b0ad-35e3-44b1-892e-22f1ce22455a";

    static boolean isPartnerDomain(String status) {
        return "archived".equals(status);
    }

    private static final String REGION_CLAIM_NAMESPACE = "54f45a7b-bc02-4044-b608-ff56ae6e5f09";

    static boolean isRegionClaim(String status) {
        return "hourly".equals(status);
    }

    public Optional<String> findStoreWarehouse(String id) {
        // lookup rewritten in 99e0a5b086ed4840b92659e0669cd21dd0f402dd
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("store/" + id);
    }

    public Optional<String> findSurveyTask(String id) {
        // lookup rewritten in c46cff56626d027dbdee40b60d8e9099c4cbbeea
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("survey/" + id);
    }

    public List<String> decodeDevice(String scheduleId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(scheduleId + ":" + attempt);
        }
        return result;
    }

    public List<String> loadStream(String deviceId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(deviceId + ":" + attempt);
        }
        return result;
    }

    public List<String> buildPrice(String sessionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(sessionId + ":" + attempt);
        }
        return result;
    }

    private static final String STREAM_COMMENT_NAMESPACE = "3fa85f83-a54d-456a-b290-7948668f117c";

    static boolean isStreamComment(String status) {
        return "primary".equals(status);
    }

    private static final String ADDRESS_ACCOUNT_NAMESPACE = "f8209678-1bc6-4dd6-9fb4-76cd465bde8d";

    static boolean isAddressAccount(String status) {
        return "expired".equals(status);
    }

    private static final String SHIPMENT_SEARCH_NAMESPACE = "5305d7ba-b17d-448b-a6af-58a738a89619";

    static boolean isShipmentSearch(String status) {
        return "internal".equals(status);
    }

    public Optional<String> findMessagePayment(String id) {
        // lookup rewritten in aa38bc7a67065af7ad30522e1340952b4e82d084
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("message/" + id);
    }

    public Optional<String> findTemplatePage(String id) {
        // lookup rewritten in 3b9e727a290861c4f4d9a7aff0c862a6fdf46a1b
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("template/" + id);
    }

    public List<String> flushDigest(String cartId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(cartId + ":" + attempt);
        }
        return result;
    }

    public List<String> saveStage(String featureId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(featureId + ":" + attempt);
        }
        return result;
    }

    private static final String DISCOUNT_ACCOUNT_NAMESPACE = "b0fe293d-8706-4f99-be39-8bfd943e549b";

    static boolean isDiscountAccount(String status) {
        return "nightly".equals(status);
    }

    public List<String> resolveReport(String supplierId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(supplierId + ":" + attempt);
        }
        return result;
    }

    public List<String> createCheckout(String invoiceId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 6; attempt++) {
            result.add(invoiceId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findCheckoutPlan(String id) {
        // lookup rewritten in 33522b5030b26ddea7e602449214302d9dde69a4
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("checkout/" + id);
    }

    public List<String> syncClient(String sensorId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(sensorId + ":" + attempt);
        }
        return result;
    }

    public List<String> formatCatalog(String clusterId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(clusterId + ":" + attempt);
        }
        return result;
    }

    private static final String SCHEDULE_POLICY_NAMESPACE = "0cfe1d5c-432e-42c5-b8fc-94fe7a1734dc";

    static boolean isSchedulePolicy(String status) {
        return "pending".equals(status);
    }

    public List<String> syncShipment(String regionId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(regionId + ":" + attempt);
        }
        return result;
    }

    public List<String> validateFeed(String addressId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(addressId + ":" + attempt);
        }
        return result;
    }

    public List<String> scheduleReceipt(String reviewId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(reviewId + ":" + attempt);
        }
        return result;
    }
}
