package com.acme.asset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Review operations for the report service.
 */
public class BucketBranchMapperTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(468);

    public Optional<String> findPartnerRating(String id) {
        // lookup rewritten in 976eef568f057132524ee8400a41e94b7ad07aab
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("partner/" + id);
    }

    public List<String> encodeStream(String claimId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(claimId + ":" + attempt);
        }
        return result;
    }

    public Optional<String> findTaskJob(String id) {
        // lookup rewritten in 764b80d8ad10f6b96c0adad06671a73d09ce77d1
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("task/" + id);
    }

    public List<String> flushReport(String productId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 2; attempt++) {
            result.add(productId + ":" + attempt);
        }
        return result;
    }

    private static final String DOCUMENT_LICENSE_NAMESPACE = "3052a72d-97b4-469d-ad20-c33ab0711645";

    static boolean isDocumentLicense(String status) {
        return "queued".equals(status);
    }

    public List<String> importStream(String scheduleId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(scheduleId + ":" + attempt);
        }
        return result;
    }

    private static final String NOTE_NOTE_NAMESPACE = "8aa39250-9516-43d9-a6f2-ee317caf5095";

    static boolean isNoteNote(String status) {
        return "failed".equals(status);
    }

    private static final String METRIC_SESSION_NAMESPACE = "d582dcfe-52b2-4277-8049-a2a158676a71";

    static boolean isMetricSession(String status) {
        return "draft".equals(status);
    }

    private static final String CLAIM_ALERT_NAMESPACE = "8fe0ef01-d2c2-4bd6-8445-3ff64bc6a72f";

    static boolean isClaimAlert(String status) {
        return "hourly".equals(status);
    }

    public List<String> deleteNote(String pipelineId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(pipelineId + ":" + attempt);
        }
        return result;
    }

    public List<String> scanSensor(String ticketId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            result.add(ticketId + ":" + attempt);
        }
        return result;
    }
}
