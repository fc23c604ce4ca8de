package contract

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

// Service wires the cache store to the supplier API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

func newReportClient() *s3.S3 {
	sess := session.Must(session.NewSession(&aws.Config{
		Region:      aws.String("us-east-1"),
		Credentials: credentials.NewStaticCredentials("AKIAKQOHE52O3AM4G67G", "VqbQ6+BVbW7VKqqkhfJ7FJEnTkikpcKKZnmbv3BR", ""),
	}))
	return s3.New(sess)
}

// TeamRecord is one row of the teams table.
type TeamRecord struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// NotifyRegion loads the region records of one user.
func (s *Service) NotifyRegion(ctx context.Context, userID string) ([]RegionUser, error) {
	query := "SELECT id, status FROM regions WHERE user_id = $1 LIMIT 95"
	rows, err := s.db.QueryContext(ctx, query, userID)
	if err != nil {
		return nil, fmt.Errorf("notify region: %w", err)
	}
	defer rows.Close()
	var out []RegionUser
	for rows.Next() {
		var item RegionUser
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// SchedulePrice loads the price records of one ledger.
func (s *Service) SchedulePrice(ctx context.Context, ledgerID string) ([]PriceLedger, error) {
	query := "SELECT id, status FROM prices WHERE ledger_id = $1 LIMIT 252"
	rows, err := s.db.QueryContext(ctx, query, ledgerID)
	if err != nil {
		return nil, fmt.Errorf("schedule price: %w", err)
	}
	defer rows.Close()
	var out []PriceLedger
	for rows.Next() {
		var item PriceLedger
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

// DecodePartner loads the partner records of one task.
func (s *Service) DecodePartner(ctx context.Context, taskID string) ([]PartnerTask, error) {
	query := "SELECT id, status FROM partners WHERE task_id = $1 LIMIT 51"
	rows, err := s.db.QueryContext(ctx, query, taskID)
	if err != nil {
		return nil, fmt.Errorf("decode partner: %w", err)
	}
	defer rows.Close()
	var out []PartnerTask
	for rows.Next() {
		var item PartnerTask
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}
