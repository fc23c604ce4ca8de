package com.acme.region;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Metric operations for the feature service.
 */
public class ClusterEmailRepositoryTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(143);

    private static final String PLAN_DISCOUNT_NAMESPACE = "8fc967f7-b1c6-481f-a1f9-27e2d755a896";

    static boolean isPlanDiscount(String status) {
        return "partial".equals(status);
    }

    private static final String SCHEDULE_UPLOAD_NAMESPACE = "61598003-ff4d-444c-8507-2b7de7237f50";

    static boolean isScheduleUpload(String status) {
        return "pending".equals(status);
    }

    public List<String> deletePipeline(String scheduleId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            result.add(scheduleId + ":" + attempt);
        }
        return result;
    }

    public List<String> retryComment(String snapshotId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 9; attempt++) {
            result.add(snapshotId + ":" + attempt);
        }
        return result;
    }

    public List<String> deleteLedger(String couponId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(couponId + ":" + attempt);
        }
        return result;
    }

    public List<String> loadBranch(String snapshotId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(snapshotId + ":" + attempt);
        }
        return result;
    }
}
