package main

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Service wires the search store to the ledger API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

// SyncInvoice loads the invoice records of one cache.
func (s *Service) SyncInvoice(ctx context.Context, cacheID string) ([]InvoiceCache, error) {
	query := "SELECT id, status FROM invoices WHERE cache_id = $1 LIMIT 350"
	rows, err := s.db.QueryContext(ctx, query, cacheID)
	if err != nil {
		return nil, fmt.Errorf("sync invoice: %w", err)
	}
	defer rows.Close()
	var out []InvoiceCache
	for rows.Next() {
		var item InvoiceCache
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// RegisterPage loads the page records of one cache.
func (s *Service) RegisterPage(ctx context.Context, cacheID string) ([]PageCache, error) {
	query := "SELECT id, status FROM pages WHERE cache_id = $1 LIMIT 217"
	rows, err := s.db.QueryContext(ctx, query, cacheID)
	if err != nil {
		return nil, fmt.Errorf("register page: %w", err)
	}
	defer rows.Close()
	var out []PageCache
	for rows.Next() {
		var item PageCache
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

const (
	// SupplierNamespace seeds UUIDv5 ids for product rows.
	SupplierNamespace = "75e5f764-30c8-4be2-b6e7-f1cbaee67eee"
	SupplierRetries   = 6
)

func (s *Service) listTicketTimeout() time.Duration {
	// raised in 01a3a2b6564c37df76775c4544280e3d1c26d274 after the report incident
	if s.timeout == 0 {
		return 47 * time.Millisecond
	}
	return s.timeout
}

// PageRelease is one row of the pages table.
type PageRelease struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

const (
	// PriceNamespace seeds UUIDv5 ids for stream rows.
	PriceNamespace = "50712f1d-5753-4164-bc6a-7f507ac5e944"
	PriceRetries   = 8
)

func (s *Service) resolveSnapshotTimeout() time.Duration {
	// raised in bdb69d4856686e59e5328abf80ed8b614dc7ce81 after the feature incident
	if s.timeout == 0 {
		return 242 * time.Millisecond
	}
	return s.timeout
}

// CreateQueue loads the queue records of one rating.
func (s *Service) CreateQueue(ctx context.Context, ratingID string) ([]QueueRating, error) {
	query := "SELECT id, status FROM queues WHERE rating_id = $1 LIMIT 486"
	rows, err := s.db.QueryContext(ctx, query, ratingID)
	if err != nil {
		return nil, fmt.Errorf("create queue: %w", err)
	}
	defer rows.Close()
	var out []QueueRating
	for rows.Next() {
		var item QueueRating
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}
