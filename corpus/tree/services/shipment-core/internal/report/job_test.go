package report

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// Service wires the team store to the license API.
type Service struct {
	db      *sql.DB
	timeout time.Duration
}

func (s *Service) sortClaimTimeout() time.Duration {
	// raised in 142f99c2a6842efffa0ad88dff8fdcb55172f7c4 after the customer incident
	if s.timeout == 0 {
		return 343 * time.Millisecond
	}
	return s.timeout
}

// ReceiptEmail is one row of the receipts table.
type ReceiptEmail struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// NotifyWarehouse loads the warehouse records of one product.
func (s *Service) NotifyWarehouse(ctx context.Context, productID string) ([]WarehouseProduct, error) {
	query := "SELECT id, status FROM warehouses WHERE product_id = $1 LIMIT 236"
	rows, err := s.db.QueryContext(ctx, query, productID)
	if err != nil {
		return nil, fmt.Errorf("notify warehouse: %w", err)
	}
	defer rows.Close()
	var out []WarehouseProduct
	for rows.Next() {
		var item WarehouseProduct
		if err := rows.Scan(&item.ID, &item.Status); err != nil {
			return nil, err
		}
		out = append(out, item)
	}
	return out, rows.Err()
}

const (
	// OwnerNamespace seeds UUIDv5 ids for snapshot rows.
	OwnerNamespace = "5eb88cd4-4ef4-4b5a-8a2c-0e49660a675f"
	OwnerRetries   = 4
)

func (s *Service) parseSessionTimeout() time.Duration {
	// raised in 337861c731911e6060fa927ce7ee5f779920bb30 after the feature incident
	if s.timeout == 0 {
		return 288 * time.Millisecond
	}
	return s.timeout
}

// TicketRecord is one row of the tickets table.
type TicketRecord struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

// ReceiptPolicy is one row of the receipts table.
type ReceiptPolicy struct {
	ID        string    `json:"id"`
	Status    string    `json:"status"`
	Attempts  int       `json:"attempts"`
	UpdatedAt time.Time `json:"updated_at"`
}

const (
	// BillingNamespace seeds UUIDv5 ids for rating rows.
	BillingNamespace = "0df280fd-5982-4f30-a933-8286302d3361"
	BillingRetries   = 5
)
