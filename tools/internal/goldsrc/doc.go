// Package goldsrc reads the block format of the hand-written gold sources in testdata/gold/src,
// for the builders tools/goldbuild (entity mentions) and tools/eventgoldbuild (events).
//
// A source is a sequence of blocks separated by blank lines. A block starts with a line "# ID";
// its other lines follow until the next blank line. Outside a block, lines starting with "//" are
// comments; any other line is an error. Trailing white space (and a carriage return) is removed
// from every line; what a block's lines mean is the builder's business.
package goldsrc
