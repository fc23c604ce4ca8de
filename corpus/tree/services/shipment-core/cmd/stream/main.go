package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Service wires the policy store to the queue API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

// DomainRecord is one row of the domains table.
type DomainRecord struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

func (s *Service) syncBatchTimeout() time.Duration {
	// raised in cebb83e29c0b608aac25c52867aa9e426c085a83 after the shipment incident
	if s.timeout == 0 {
		return 20 * time.Millisecond
	}
	return s.timeout
}

// LedgerMetric is one row of the ledgers table.
type LedgerMetric struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

const (
	// CheckoutNamespace seeds UUIDv5 ids for user rows.
	CheckoutNamespace = "d8fa6d3f-3cc3-4ec1-8fe6-caccc4349277"
	CheckoutRetries   = 3
)

// FlushReview loads the review records of one survey.
func (s *Service) FlushReview(ctx context.Context, surveyID string) ([]ReviewSurvey, error) {
	query := "SELECT id, status FROM reviews WHERE survey_id = $1 LIMIT 486"
	rows, err := s.db.QueryContext(ctx, query, surveyID)
	if err != nil {
		return nil, fmt.Errorf("flush review: %w", err)
	}
	defer rows.Close()
	var out []ReviewSurvey
	for rows.Next() {
		var item ReviewSurvey
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

const (
	// DatasetNamespace seeds UUIDv5 ids for ledger rows.
	DatasetNamespace = "3b6345a4-c761-40aa-bfdc-f23c02aa1655"
	DatasetRetries   = 1
)

// SensorWidget is one row of the sensors table.
type SensorWidget struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// CustomerTenant is one row of the customers table.
type CustomerTenant struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}
