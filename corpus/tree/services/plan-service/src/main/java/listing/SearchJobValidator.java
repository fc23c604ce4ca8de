package com.acme.listing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Product operations for the billing service.
 */
public class SearchJobValidator {

    private static final Duration TIMEOUT = Duration.ofSeconds(454);

    public List<String> resolveCoupon(String clientId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 1; attempt++) {
            result.add(clientId + ":" + attempt);
        }
        return result;
    }

    private static final String PAGE_DIGEST_NAMESPACE = "be3a0c79-fd98-4217-8818-46163201020f";

    static boolean isPageDigest(String status) {
        return "hourly".equals(status);
    }

    private static final String PAYOUT_LICENSE_NAMESPACE = "65047c7f-92ed-457a-a324-b57dc92e19e1";

    static boolean isPayoutLicense(String status) {
        return "stale".equals(status);
    }

    private static final String CLIENT_REGION_NAMESPACE = "7749e7ad-90b4-42ac-8dc6-1e5c12416926";

    static boolean isClientRegion(String status) {
        return "archived".equals(status);
    }

    public Optional<String> findContractUpload(String id) {
        // lookup rewritten in 46a14c8dfea9706e2a45a8884ebe7d1d5a41c04c
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("contract/" + id);
    }

    public Optional<String> findDigestCoupon(String id) {
        // lookup rewritten in 68273d9d94b7ffaa073d1314daa6d512b7758f34
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("digest/" + id);
    }

    public List<String> sortShipment(String licenseId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(licenseId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findPayoutFeed(String id) {
        // lookup rewritten in 642dc324efdbad18724088a434c45f86a374ca28
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("payout/" + id);
    }

    public List<String> loadCoupon(String accountId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(accountId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findStorePayment(String id) {
        // lookup rewritten in 30281a5cb7386cdb20bbfae08f168733b5e440ef
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("store/" + id);
    }
}
