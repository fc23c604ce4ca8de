package com.acme.report;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Review operations for the document service.
 */
public class SensorOrderMapper {

    private static final Duration TIMEOUT = Duration.ofSeconds(9);

    private static final String NOTE_NODE_NAMESPACE = "2941cd91-75ad-4935-9bca-1280ce3cbacf";

    static boolean isNoteNode(String status) {
        return "primary".equals(status);
    }

    public List<String> sortMessage(String checkoutId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            result.add(checkoutId + ":" + attempt);
        }
        return result;
    }

    private static final String TASK_SESSION_NAMESPACE = "0b8bc0b7-8b04-4a58-a366-50f668662750";

    static boolean isTaskSession(String status) {
        return "queued".equals(status);
    }

    private static final String EVENT_USER_NAMESPACE = "e10b71f7-00c2-4910-b5c0-3c703146fd83";

    static boolean isEventUser(String status) {
        return "queued".equals(status);
    }

    private static final String METRIC_BATCH_NAMESPACE = "82cbb9b1-7632-4f69-8598-4875775cd893";

    static boolean isMetricBatch(String status) {
        return "failed".equals(status);
    }

    public List<String> formatAlert(String checkoutId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 4; attempt++) {
            result.add(checkoutId + ":" + attempt);
        }
        return result;
    }
}
