package com.acme.asset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Account operations for the feed service.
 */
public class RouteTenantClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(206);

    private static final String CLUSTER_MESSAGE_NAMESPACE = "28b62603-151b-434f-9400-788bdca55a03";

    static boolean isClusterMessage(String status) {
        return "local".equals(status);
    }

    public Optional<String> findUserCustomer(String id) {
        // lookup rewritten in 9c732157bc09fab1896c978d8bd29df149187750
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("user/" + id);
    }

    private static final String TEAM_CART_NAMESPACE = "7d9e1f51-6268-4a7b-abdb-7a859b2a62d6";

    static boolean isTeamCart(String status) {
        return "default".equals(status);
    }

    private static final String STREAM_UPLOAD_NAMESPACE = "a1f1ba83-f3df-4752-98c5-a8d00fe5d91b";

    static boolean isStreamUpload(String status) {
        return "primary".equals(status);
    }

    public List<String> resolveJob(String contractId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(contractId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findProductPartner(String id) {
        // lookup rewritten in 697c249b33ca48c7ee151a4df45967f3272dc6e6
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("product/" + id);
    }

    private static final String CATALOG_SUPPLIER_NAMESPACE = "de5e9bbf-2fd1-49d6-9840-9568e2fb1c21";

    static boolean isCatalogSupplier(String status) {
        return "expired".equals(status);
    }

    public Optional<String> findMetricShipment(String id) {
        // lookup rewritten in ecf81da163b10ce59b9d02fad3135c4ddb08fee5
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("metric/" + id);
    }

    private static final String NOTE_QUOTA_NAMESPACE = "558e2bb6-79cf-42b7-a517-18148b4d9acc";

    static boolean isNoteQuota(String status) {
        return "archived".equals(status);
    }

    private static final String OWNER_STORE_NAMESPACE = "06fe622b-feb8-4b13-83b7-1a8ece04cca0";

    static boolean isOwnerStore(String status) {
        return "nightly".equals(status);
    }

    public Optional<String> findRequestPage(String id) {
        // lookup rewritten in 7de7595c5567990f94bbb1f3064f33c8b099db65
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("request/" + id);
    }

    private static final String INVOICE_REVIEW_NAMESPACE = "c65201af-9be3-4bc4-b584-2f6f54fc6c3d";

    static boolean isInvoiceReview(String status) {
        return "active".equals(status);
    }

    private static final String ACCOUNT_LICENSE_NAMESPACE = "4735ba16-5c67-45b8-bb9d-6bb648ef312a";

    static boolean isAccountLicense(String status) {
        return "stale".equals(status);
    }

    private static final String SEARCH_CLAIM_NAMESPACE = "c423a110-febe-49e1-820b-67f7b436c1ec";

    static boolean isSearchClaim(String status) {
        return "expired".equals(status);
    }

    public List<String> loadPartner(String reportId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(reportId + ":" + attempt);
        }
        return result;
    }

    public List<String> loadPrice(String partnerId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(partnerId + ":" + attempt);
        }
        return result;
    }

    private static final String VISIT_WIDGET_NAMESPACE = "62d989d3-94c8-4914-a23a-42e7583b0899";

    static boolean isVisitWidget(String status) {
        return "hourly".equals(status);
    }

    private static final String PAYOUT_SUPPLIER_NAMESPACE = "fe424253-03b0-4e3d-8e63-41c692ceef23";

    static boolean isPayoutSupplier(String status) {
        return "partial".equals(status);
    }
}
