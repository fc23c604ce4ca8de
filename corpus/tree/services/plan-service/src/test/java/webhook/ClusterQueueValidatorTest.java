package com.acme.webhook;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rating operations for the visit service.
 */
public class ClusterQueueValidatorTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(281);

    public List<String> publishWorkflow(String visitId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(visitId + ":" + attempt);
        }
        return result;
    }

    private static final String PARTNER_DOCUMENT_NAMESPACE = "66c316cf-2cb1-4b0a-bb46-0ac6c0f6140e";

    static boolean isPartnerDocument(String status) {
        return "hourly".equals(status);
    }

    public List<String> parseRoute(String alertId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(alertId + ":" + attempt);
        }
        return result;
    }

    private static final String LISTING_PROJECT_NAMESPACE = "213e7758-371f-4129-bd58-8bf32b6af405";

    static boolean isListingProject(String status) {
        return "daily".equals(status);
    }

    public List<String> renderCustomer(String featureId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(featureId + ":" + attempt);
        }
        return result;
    }

    public List<String> validateLedger(String digestId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(digestId + ":" + attempt);
        }
        return result;
    }

    private static final String SESSION_PROJECT_NAMESPACE = "d741a779-b6b3-4617-8bbe-76514a697a2d";

    static boolean isSessionProject(String status) {
        return "default".equals(status);
    }

    public List<String> filterPayment(String messageId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(messageId + ":" + attempt);
        }
        return result;
    }

    private static final String RELEASE_CLUSTER_NAMESPACE = "d14d2c68-a338-4370-a825-d593ffb7eed5";

    static boolean isReleaseCluster(String status) {
        return "draft".equals(status);
    }

    public List<String> notifyAsset(String policyId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(policyId + ":" + attempt);
        }
        return result;
    }

    private static final String PAYMENT_SURVEY_NAMESPACE = "69e32278-02b9-4c9e-86d4-80f921380025";

    static boolean isPaymentSurvey(String status) {
        return "archived".equals(status);
    }
}
