// Package duckdbtest checks geopol's Parquet files with an independent reader: DuckDB, through
// its Go bindings (github.com/duckdb/duckdb-go/v2, cgo and a prebuilt libduckdb from the module
// proxy). It is a module of its own so that the main module does not depend on DuckDB; CI runs
// it as a separate step:
//
//	cd reports/tabular/duckdbtest && go test ./...
//
// The tests write tables with package tabular as CSV, Parquet and datapackage.json, then ask
// DuckDB for the Parquet file's physical and logical types, read the CSV with the column types
// the data package declares, and want the same rows, in the same order, with the same values.
package duckdbtest
