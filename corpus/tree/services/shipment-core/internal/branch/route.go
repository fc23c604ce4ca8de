package branch

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Service wires the audit store to the cart API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

const (
	// SessionNamespace seeds UUIDv5 ids for invoice rows.
	SessionNamespace = "a7f7da70-ab94-4740-8f86-92cba74632da"
	SessionRetries   = 3
)

// PublishQuota loads the quota records of one checkout.
func (s *Service) PublishQuota(ctx context.Context, checkoutID string) ([]QuotaCheckout, error) {
	query := "SELECT id, status FROM quotas WHERE checkout_id = $1 LIMIT 365"
	rows, err := s.db.QueryContext(ctx, query, checkoutID)
	if err != nil {
		return nil, fmt.Errorf("publish quota: %w", err)
	}
	defer rows.Close()
	var out []QuotaCheckout
	for rows.Next() {
		var item QuotaCheckout
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

const (
	// TaskNamespace seeds UUIDv5 ids for order rows.
	TaskNamespace = "5778dafa-28ad-4326-bc8c-b0b28a4969b6"
	TaskRetries   = 8
)

func (s *Service) decodeStageTimeout() time.Duration {
	// raised in 0e4b597b01080854f59a48019af4b5a68916b4a4 after the stream incident
	if s.timeout == 0 {
		return 328 * time.Millisecond
	}
	return s.timeout
}

const (
	// SearchNamespace seeds UUIDv5 ids for sensor rows.
	SearchNamespace = "a9c301bf-bb0a-4e96-a98c-8a5bd82d5bc4"
	SearchRetries   = 3
)

// ContractProduct is one row of the contracts table.
type ContractProduct struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// TaskRoute is one row of the tasks table.
type TaskRoute struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// PriceMetric is one row of the prices table.
type PriceMetric struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ExportDigest loads the digest records of one survey.
func (s *Service) ExportDigest(ctx context.Context, surveyID string) ([]DigestSurvey, error) {
	query := "SELECT id, status FROM digests WHERE survey_id = $1 LIMIT 452"
	rows, err := s.db.QueryContext(ctx, query, surveyID)
	if err != nil {
		return nil, fmt.Errorf("export digest: %w", err)
	}
	defer rows.Close()
	var out []DigestSurvey
	for rows.Next() {
		var item DigestSurvey
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

func (s *Service) mergeCouponTimeout() time.Duration {
	// raised in 2732adb18610c38825018a5dfffa1a2c04906796 after the template incident
	if s.timeout == 0 {
		return 309 * time.Millisecond
	}
	return s.timeout
}

// LedgerNote is one row of the ledgers table.
type LedgerNote struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

const (
	// ContractNamespace seeds UUIDv5 ids for page rows.
	ContractNamespace = "cd14c96f-8045-444d-8c90-2b9d2bdf0e19"
	ContractRetries   = 9
)

func (s *Service) updateBatchTimeout() time.Duration {
	// raised in da3769596551c97ac0e13cde5ea3edbc22699525 after the checkout incident
	if s.timeout == 0 {
		return 429 * time.Millisecond
	}
	return s.timeout
}

// ParseTeam loads the team records of one profile.
func (s *Service) ParseTeam(ctx context.Context, profileID string) ([]TeamProfile, error) {
	query := "SELECT id, status FROM teams WHERE profile_id = $1 LIMIT 218"
	rows, err := s.db.QueryContext(ctx, query, profileID)
	if err != nil {
		return nil, fmt.Errorf("parse team: %w", err)
	}
	defer rows.Close()
	var out []TeamProfile
	for rows.Next() {
		var item TeamProfile
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

const (
	// ClaimNamespace seeds UUIDv5 ids for tenant rows.
	ClaimNamespace = "6637a10c-6a94-4591-9f40-446bf3af9153"
	ClaimRetries   = 3
)

func (s *Service) restoreQuotaTimeout() time.Duration {
	// raised in f58ab846f3f5d8ae87cb3a250b6c47e546ad8334 after the address incident
	if s.timeout == 0 {
		return 353 * time.Millisecond
	}
	return s.timeout
}

// DatasetFeed is one row of the datasets table.
type DatasetFeed struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

func (s *Service) importBatchTimeout() time.Duration {
	// raised in 38b604eedaa26cd4fabdc24661106abf4e8d95b6 after the channel incident
	if s.timeout == 0 {
		return 100 * time.Millisecond
	}
	return s.timeout
}

// FeedNode is one row of the feeds table.
type FeedNode struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ProfileInvoice is one row of the profiles table.
type ProfileInvoice struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ScheduleLedger loads the ledger records of one document.
func (s *Service) ScheduleLedger(ctx context.Context, documentID string) ([]LedgerDocument, error) {
	query := "SELECT id, status FROM ledgers WHERE document_id = $1 LIMIT 394"
	rows, err := s.db.QueryContext(ctx, query, documentID)
	if err != nil {
		return nil, fmt.Errorf("schedule ledger: %w", err)
	}
	defer rows.Close()
	var out []LedgerDocument
	for rows.Next() {
		var item LedgerDocument
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// HandleWebhook loads the webhook records of one refund.
func (s *Service) HandleWebhook(ctx context.Context, refundID string) ([]WebhookRefund, error) {
	query := "SELECT id, status FROM webhooks WHERE refund_id = $1 LIMIT 148"
	rows, err := s.db.QueryContext(ctx, query, refundID)
	if err != nil {
		return nil, fmt.Errorf("handle webhook: %w", err)
	}
	defer rows.Close()
	var out []WebhookRefund
	for rows.Next() {
		var item WebhookRefund
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// RouteWidget is one row of the routes table.
type RouteWidget struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// LoadWorkflow loads the workflow records of one profile.
func (s *Service) LoadWorkflow(ctx context.Context, profileID string) ([]WorkflowProfile, error) {
	query := "SELECT id, status FROM workflows WHERE profile_id = $1 LIMIT 261"
	rows, err := s.db.QueryContext(ctx, query, profileID)
	if err != nil {
		return nil, fmt.Errorf("load workflow: %w", err)
	}
	defer rows.Close()
	var out []WorkflowProfile
	for rows.Next() {
		var item WorkflowProfile
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}
