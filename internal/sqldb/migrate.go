package sqldb

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
)

// Migration is one versioned schema change of a component.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// LoadMigrations reads the files NNNN_name.sql of dir in fsys, in version
// order.
func LoadMigrations(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: migrations: %w", err)
	}
	var ms []Migration
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, rest, ok := strings.Cut(strings.TrimSuffix(name, ".sql"), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("sqlstore: migration file %q: want NNNN_name.sql", name)
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("sqlstore: migrations: %w", err)
		}
		ms = append(ms, Migration{Version: v, Name: rest, SQL: string(b)})
	}
	slices.SortFunc(ms, func(a, b Migration) int { return a.Version - b.Version })
	for i := 1; i < len(ms); i++ {
		if ms[i].Version == ms[i-1].Version {
			return nil, fmt.Errorf("sqlstore: two migrations numbered %d", ms[i].Version)
		}
	}
	return ms, nil
}

// Migrate applies the component's migrations not yet recorded in the
// {schema_migrations} table, each in the one transaction that records it.
// Several processes may call it at once: in PostgreSQL a transaction-scoped
// advisory lock keyed by schema and prefix serialises them, in SQLite the
// immediate write transaction does; the loser sees the winner's versions
// and applies nothing. It returns the versions it applied.
func (db *DB) Migrate(ctx context.Context, component string, ms []Migration) ([]int, error) {
	var applied []int
	err := db.Tx(ctx, func(q Querier) error {
		applied = applied[:0]
		if db.dialect == Postgres {
			key := db.opts.Schema + "." + db.opts.Prefix + "migrations"
			if _, err := q.Exec(ctx, "SELECT pg_advisory_xact_lock(hashtext($1))", key); err != nil {
				return err
			}
			if db.opts.Schema != "" {
				if _, err := q.Exec(ctx, "CREATE SCHEMA IF NOT EXISTS "+quote(db.opts.Schema)); err != nil {
					return err
				}
			}
		}
		if _, err := q.Exec(ctx, `CREATE TABLE IF NOT EXISTS {schema_migrations} (
			component TEXT NOT NULL,
			version INTEGER NOT NULL,
			name TEXT NOT NULL,
			PRIMARY KEY (component, version))`); err != nil {
			return err
		}
		done := map[int]bool{}
		rows, err := q.Query(ctx, "SELECT version FROM {schema_migrations} WHERE component = $1", component)
		if err != nil {
			return err
		}
		for rows.Next() {
			var v int
			if err := rows.Scan(&v); err != nil {
				rows.Close()
				return err
			}
			done[v] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, m := range ms {
			if done[m.Version] {
				continue
			}
			if _, err := q.Exec(ctx, m.SQL); err != nil {
				return fmt.Errorf("migration %s %d: %w", component, m.Version, err)
			}
			if _, err := q.Exec(ctx, "INSERT INTO {schema_migrations} (component, version, name) VALUES ($1, $2, $3)",
				component, m.Version, m.Name); err != nil {
				return err
			}
			applied = append(applied, m.Version)
		}
		return nil
	})
	if err != nil {
		return nil, Wrap(ctx, "migrate "+component, err, ErrDatabase)
	}
	return applied, nil
}

func quote(ident string) string { return `"` + strings.ReplaceAll(ident, `"`, `""`) + `"` }
