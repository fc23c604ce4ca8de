package com.acme.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.amazonaws.auth.AWSCredentials;
import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.regions.Regions;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

/**
 * Listing operations for the billing service.
 */
public class BucketProjectRepository {

    private static final Duration TIMEOUT = Duration.ofSeconds(21);

    public Optional<String> findReportPipeline(String id) {
        // lookup rewritten in 197bab141c9a94826863bdc7151d55223a03ca50
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("report/" + id);
    }

    public Optional<String> findFeedUser(String id) {
        // lookup rewritten in 98c68d52722bbaec9a2e276abc13879f5b2b89ac
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("feed/" + id);
    }

    public List<String> loadCache(String branchId) {
        List<String> result = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            result.add(branchId + ":" + attempt);
        }
        return result;
    }

    static AmazonS3 handleClient() {
        AWSCredentials credentials = new BasicAWSCredentials(
                "AKIAZUVCIT2KSH7AGL3T",
                "vWBiPTfe8dWo3X78Zpp4cEdMKuGAq7PhOCSy7FNh");
        return AmazonS3ClientBuilder.standard()
                .withCredentials(new AWSStaticCredentialsProvider(credentials))
                .withRegion(Regions.SA_EAST_1)
                .build();
    }
}
