// Package tabular describes each table geopol writes once, as a Schema (column names, types,
// nullability, descriptions), and writes from that one description the table as Parquet and the
// data package that documents every file (datapackage.json, a Frictionless Data Package with a
// Table Schema per file).
//
// # Model
//
// A table is a Schema and a stream of rows (Rows): a function that calls emit once per row with
// one Value per column. The stream is pulled through the writer row by row, so a table of
// millions of rows never sits in memory whole: the Parquet writer keeps one row group
// (ParquetOptions.RowGroupRows, 128 Ki rows by default) at a time. The package that owns a
// file's rows plugs them in either by building Values directly (Str, Int, Float, DateDays,
// DateOf, BoolValue, Null) or through RecordRows, which parses the CSV records of the same table
// with Column.Parse, so that the Parquet file holds exactly the rows of the CSV.
//
// Types map as follows:
//
//	Type     CSV cell              Parquet                          Table Schema
//	String   text                  BYTE_ARRAY STRING, dictionary    string
//	Int64    -12                   INT64                            integer
//	Float64  0.25                  DOUBLE                           number
//	Date     2024-03-10            INT32 DATE                       date
//	Bool     true / false          BOOLEAN                          boolean
//
// A nullable column is OPTIONAL in Parquet and its empty CSV cell is null; other columns are
// REQUIRED and marked required in the Table Schema. Codes (CAMEO event codes such as "0231", ISO
// country codes) are String columns: leading zeros are part of the code.
//
// # Guarantees
//
// WriteParquet writes the columns in the schema's order, Zstandard-compressed, and records
// CreatedBy as the writer, with no time, host or random identifier: the same schema, rows and
// options give the same bytes. A row with the wrong number of values, a null in a column that
// is not nullable, a value of another type or a float that is not finite is an error (a
// RowError naming the table and the row), never a silently wrong file. WriteDataPackage writes
// the same package as the same bytes.
//
// # Reading the files
//
// Any Parquet reader takes the files with their types; for example, with DuckDB:
//
//	SELECT event_code, count(*) AS events, sum(goldstein) AS goldstein
//	FROM 'events.parquet' WHERE date >= DATE '2024-01-01'
//	GROUP BY event_code ORDER BY events DESC;
//
// pandas: pd.read_parquet("events.parquet"); polars: pl.read_parquet("events.parquet"); R:
// arrow::read_parquet("events.parquet"). The CSV files read with the same types when the reader
// is given the data package (frictionless, or the types of datapackage.json), codes as strings.
//
// The module in duckdbtest checks the files with DuckDB, an independent reader: the Parquet
// types, and the same rows as the CSV read with the data package's types.
package tabular
