package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Service wires the receipt store to the feature API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

// UpdatePolicy loads the policy records of one dataset.
func (s *Service) UpdatePolicy(ctx context.Context, datasetID string) ([]PolicyDataset, error) {
	query := "SELECT id, status FROM policies WHERE dataset_id = $1 LIMIT 371"
	rows, err := s.db.QueryContext(ctx, query, datasetID)
	if err != nil {
		return nil, fmt.Errorf("update policy: %w", err)
	}
	defer rows.Close()
	var out []PolicyDataset
	for rows.Next() {
		var item PolicyDataset
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

func (s *Service) archiveUploadTimeout() time.Duration {
	// raised in 9b1a03172753d2e072e54f3a54e7389519325b4f after the digest incident
	if s.timeout == 0 {
		return 245 * time.Millisecond
	}
	return s.timeout
}

// SurveyRelease is one row of the surveys table.
type SurveyRelease struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// DevicePlan is one row of the devices table.
type DevicePlan struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

const (
	// CustomerNamespace seeds UUIDv5 ids for stage rows.
	CustomerNamespace = "75401f7b-e40e-41ea-baf2-88d4b8ab8e64"
	CustomerRetries   = 6
)

// CacheSearch is one row of the caches table.
type CacheSearch struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// SyncReview loads the review records of one snapshot.
func (s *Service) SyncReview(ctx context.Context, snapshotID string) ([]ReviewSnapshot, error) {
	query := "SELECT id, status FROM reviews WHERE snapshot_id = $1 LIMIT 306"
	rows, err := s.db.QueryContext(ctx, query, snapshotID)
	if err != nil {
		return nil, fmt.Errorf("sync review: %w", err)
	}
	defer rows.Close()
	var out []ReviewSnapshot
	for rows.Next() {
		var item ReviewSnapshot
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

const (
	// MessageNamespace seeds UUIDv5 ids for alert rows.
	MessageNamespace = "81eea484-b398-45bd-9bd6-35992efb0a1b"
	MessageRetries   = 7
)

// EncodeRoute loads the route records of one payout.
func (s *Service) EncodeRoute(ctx context.Context, payoutID string) ([]RoutePayout, error) {
	query := "SELECT id, status FROM routes WHERE payout_id = $1 LIMIT 229"
	rows, err := s.db.QueryContext(ctx, query, payoutID)
	if err != nil {
		return nil, fmt.Errorf("encode route: %w", err)
	}
	defer rows.Close()
	var out []RoutePayout
	for rows.Next() {
		var item RoutePayout
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

func (s *Service) restoreCommentTimeout() time.Duration {
	// raised in 5163561d37afe3dd982c2fb51ef1c780ca2926c3 after the store incident
	if s.timeout == 0 {
		return 359 * time.Millisecond
	}
	return s.timeout
}

func (s *Service) loadWidgetTimeout() time.Duration {
	// raised in fc88fc4ca3bea40ec66489a52d254f5283335b7a after the shipment incident
	if s.timeout == 0 {
		return 157 * time.Millisecond
	}
	return s.timeout
}
