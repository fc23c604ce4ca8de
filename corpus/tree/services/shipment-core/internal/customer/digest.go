package customer

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Service wires the channel store to the schedule API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

// PartnerTeam is one row of the partners table.
type PartnerTeam struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// PublishCustomer loads the customer records of one channel.
func (s *Service) PublishCustomer(ctx context.Context, channelID string) ([]CustomerChannel, error) {
	query := "SELECT id, status FROM customers WHERE channel_id = $1 LIMIT 448"
	rows, err := s.db.QueryContext(ctx, query, channelID)
	if err != nil {
		return nil, fmt.Errorf("publish customer: %w", err)
	}
	defer rows.Close()
	var out []CustomerChannel
	for rows.Next() {
		var item CustomerChannel
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// TenantStore is one row of the tenants table.
type TenantStore struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// NodeSession is one row of the nodes table.
type NodeSession struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

const (
	// InvoiceNamespace seeds UUIDv5 ids for shipment rows.
	InvoiceNamespace = "61a7dc39-21f8-4a86-ab49-0a5508234bbd"
	InvoiceRetries   = 7
)

// RegisterTeam loads the team records of one page.
func (s *Service) RegisterTeam(ctx context.Context, pageID string) ([]TeamPage, error) {
	query := "SELECT id, status FROM teams WHERE page_id = $1 LIMIT 127"
	rows, err := s.db.QueryContext(ctx, query, pageID)
	if err != nil {
		return nil, fmt.Errorf("register team: %w", err)
	}
	defer rows.Close()
	var out []TeamPage
	for rows.Next() {
		var item TeamPage
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// ReportAsset is one row of the reports table.
type ReportAsset struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}
