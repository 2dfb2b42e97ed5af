package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/frontdeskhq/frontdesk/inbox/sqlstore"
)

// openDB opens the clinic's database: PostgreSQL when dsn is set, else a
// SQLite file in the data directory (pure Go, nothing to install). It
// applies the schema migrations and returns a description for the
// start-up print (never the DSN, which may hold a password).
func openDB(ctx context.Context, dataDir, dsn string) (*sqlstore.DB, string, error) {
	if dsn == "" {
		path := filepath.Join(dataDir, "clinic.db")
		db, err := sqlstore.OpenSQLite(path, sqlstore.Config{})
		if err != nil {
			return nil, "", fmt.Errorf("open SQLite %s: %w", path, err)
		}
		return migrate(ctx, db, "SQLite "+path)
	}
	pool, err := pgxpool.New(ctx, dsn)
	if err != nil {
		return nil, "", fmt.Errorf("postgres: %w", err)
	}
	db, err := sqlstore.NewPostgres(pool, sqlstore.Config{Schema: "frontdesk"})
	if err != nil {
		pool.Close()
		return nil, "", fmt.Errorf("postgres: %w", err)
	}
	return migrate(ctx, db, "PostgreSQL (schema frontdesk)")
}

func migrate(ctx context.Context, db *sqlstore.DB, desc string) (*sqlstore.DB, string, error) {
	if err := db.Migrate(ctx); err != nil {
		_ = db.Close()
		return nil, "", fmt.Errorf("migrate %s: %w", desc, err)
	}
	return db, desc, nil
}
