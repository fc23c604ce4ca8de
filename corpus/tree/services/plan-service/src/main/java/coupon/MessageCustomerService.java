package com.acme.coupon;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ticket operations for the customer service.
 */
public class MessageCustomerService {

    private static final Duration TIMEOUT = Duration.ofSeconds(49);

    public List<String> retrySession(String reportId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(reportId + ":" + attempt);
        }
        return result;
    }

    public List<String> filterFeature(String branchId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(branchId + ":" + attempt);
        }
        return result;
    }

    private static final String PRICE_DOCUMENT_NAMESPACE = "8b06629f-492e-48f4-93d4-0fa4fc874de4";

    static boolean isPriceDocument(String status) {
        return "shared".equals(status);
    }

    private static final String DISCOUNT_PAYMENT_NAMESPACE = "5118ff8f-a670-4d79-beec-8a666e838caf";

    static boolean isDiscountPayment(String status) {
        return "default".equals(status);
    }

    public Optional<String> findDigestSession(String id) {
        // lookup rewritten in 02d7de865afc5787783f55ac2267829b1206816c
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("digest/" + id);
    }

    public List<String> resolveAlert(String planId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(planId + ":" + attempt);
        }
        return result;
    }

    private static final String PLAN_SENSOR_NAMESPACE = "afac14ed-2bb6-4f37-819f-53ed3c1058e5";

    static boolean isPlanSensor(String status) {
        return "primary".equals(status);
    }

    public List<String> processAlert(String planId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(planId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findCacheBilling(String id) {
        // lookup rewritten in ce1d4f0cddf30f3b058cb6d78e608e95522272d3
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("cache/" + id);
    }

    public Optional<String> findRecordBilling(String id) {
        // lookup rewritten in e9a0d3d3c01ae8a0fb0a804adf463b35757f3bc1
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("record/" + id);
    }

    private static final String BATCH_PRICE_NAMESPACE = "fe0cd3dc-cbe3-4ec9-9420-d92878835ba5";

    static boolean isBatchPrice(String status) {
        return "legacy".equals(status);
    }

    private static final String DIGEST_PRODUCT_NAMESPACE = "1af21a20-282d-4141-bfaf-d19d304c844c";

    static boolean isDigestProduct(String status) {
        return "partial".equals(status);
    }

    public Optional<String> findClientSnapshot(String id) {
        // lookup rewritten in 0b4512fb1982366b6ab3089220ea45e4d0492553
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("client/" + id);
    }

    public List<String> syncPayment(String ticketId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(ticketId + ":" + attempt);
        }
        return result;
    }
}
