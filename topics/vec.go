package topics

// The dense products of the SVD (mulTX, mulAX, tmul, project) spend their time in four loops over
// an output row o, each element getting four or eight products of rows of a dense matrix by
// factors. chain8, chain4, grouped8 and grouped4 are those loops: with AVX, they run the assembly
// kernels of vec_amd64.s, which compute the same sums bit for bit (see vec_amd64.go); otherwise
// the Go loops chain8Go, chain4Go, grouped8Go and grouped4Go. Every row must hold at least
// len(o) values.

// chain8 sets o[c] to o[c] + v[0]*x0[c] + v[1]*x1[c] + ... + v[7]*x7[c], added left to right.
func chain8(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 []float64) {
	n := len(o)
	x0, x1, x2, x3, x4, x5, x6, x7 = x0[:n], x1[:n], x2[:n], x3[:n], x4[:n], x5[:n], x6[:n], x7[:n]
	if hasAVX && n > 0 {
		chain8AVX(o, v, &x0[0], &x1[0], &x2[0], &x3[0], &x4[0], &x5[0], &x6[0], &x7[0])
		return
	}
	chain8Go(o, v, x0, x1, x2, x3, x4, x5, x6, x7)
}

func chain8Go(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 []float64) {
	n := len(o)
	x0, x1, x2, x3, x4, x5, x6, x7 = x0[:n], x1[:n], x2[:n], x3[:n], x4[:n], x5[:n], x6[:n], x7[:n]
	v0, v1, v2, v3, v4, v5, v6, v7 := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
	for c := range o {
		o[c] = o[c] + v0*x0[c] + v1*x1[c] + v2*x2[c] + v3*x3[c] +
			v4*x4[c] + v5*x5[c] + v6*x6[c] + v7*x7[c]
	}
}

// chain4 sets o[c] to o[c] + v[0]*x0[c] + v[1]*x1[c] + v[2]*x2[c] + v[3]*x3[c], added left to
// right.
func chain4(o []float64, v *[4]float64, x0, x1, x2, x3 []float64) {
	n := len(o)
	x0, x1, x2, x3 = x0[:n], x1[:n], x2[:n], x3[:n]
	if hasAVX && n > 0 {
		chain4AVX(o, v, &x0[0], &x1[0], &x2[0], &x3[0])
		return
	}
	chain4Go(o, v, x0, x1, x2, x3)
}

func chain4Go(o []float64, v *[4]float64, x0, x1, x2, x3 []float64) {
	n := len(o)
	x0, x1, x2, x3 = x0[:n], x1[:n], x2[:n], x3[:n]
	v0, v1, v2, v3 := v[0], v[1], v[2], v[3]
	for c := range o {
		o[c] = o[c] + v0*x0[c] + v1*x1[c] + v2*x2[c] + v3*x3[c]
	}
}

// grouped8 sets o[c] to o[c] + (v[0]*x0[c] + ... + v[3]*x3[c]) + (v[4]*x4[c] + ... + v[7]*x7[c]),
// each sum added left to right.
func grouped8(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 []float64) {
	n := len(o)
	x0, x1, x2, x3, x4, x5, x6, x7 = x0[:n], x1[:n], x2[:n], x3[:n], x4[:n], x5[:n], x6[:n], x7[:n]
	if hasAVX && n > 0 {
		grouped8AVX(o, v, &x0[0], &x1[0], &x2[0], &x3[0], &x4[0], &x5[0], &x6[0], &x7[0])
		return
	}
	grouped8Go(o, v, x0, x1, x2, x3, x4, x5, x6, x7)
}

func grouped8Go(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 []float64) {
	n := len(o)
	x0, x1, x2, x3, x4, x5, x6, x7 = x0[:n], x1[:n], x2[:n], x3[:n], x4[:n], x5[:n], x6[:n], x7[:n]
	v0, v1, v2, v3, v4, v5, v6, v7 := v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]
	for c := range o {
		o[c] = o[c] + (v0*x0[c] + v1*x1[c] + v2*x2[c] + v3*x3[c]) +
			(v4*x4[c] + v5*x5[c] + v6*x6[c] + v7*x7[c])
	}
}

// grouped4 sets o[c] to o[c] + (v[0]*x0[c] + v[1]*x1[c] + v[2]*x2[c] + v[3]*x3[c]), the inner
// sum added left to right.
func grouped4(o []float64, v *[4]float64, x0, x1, x2, x3 []float64) {
	n := len(o)
	x0, x1, x2, x3 = x0[:n], x1[:n], x2[:n], x3[:n]
	if hasAVX && n > 0 {
		grouped4AVX(o, v, &x0[0], &x1[0], &x2[0], &x3[0])
		return
	}
	grouped4Go(o, v, x0, x1, x2, x3)
}

func grouped4Go(o []float64, v *[4]float64, x0, x1, x2, x3 []float64) {
	n := len(o)
	x0, x1, x2, x3 = x0[:n], x1[:n], x2[:n], x3[:n]
	v0, v1, v2, v3 := v[0], v[1], v[2], v[3]
	for c := range o {
		o[c] += v0*x0[c] + v1*x1[c] + v2*x2[c] + v3*x3[c]
	}
}

// chainRow adds to o the products val[e]·x.row(ind[e]) of the entries e of a sparse row, one
// product at a time in entry order: o[c] + p0 + p1 + ... added left to right (mulTX's rows).
// With AVX the whole row is one call of chainRowAVX; otherwise chainRowGo.
func chainRow(o, val []float64, ind []int32, x *dense) {
	ind = ind[:len(val)]
	if hasAVX && len(o) > 0 && len(val) > 0 {
		checkRowArgs(o, x)
		if !chainRowAVX(o, &val[0], &ind[0], len(val), &x.data[0], x.c, x.r) {
			panic("topics: sparse index out of range")
		}
		return
	}
	chainRowGo(o, val, ind, x)
}

// chainRowGo is chainRow in Go: eight products per pass over o (chain8Go), then four, then the
// rest (addInOrder). Storing o between passes rounds nothing, so the passes add as one chain.
func chainRowGo(o, val []float64, ind []int32, x *dense) {
	rowPasses(o, val, ind, x, chain8Go, chain4Go)
}

// groupedRow adds to o the products val[e]·x.row(ind[e]) of the entries e of a sparse row, four
// at a time summed left to right and then added to o, the last (at most three) one at a time:
// o[c] + (p0 + p1 + p2 + p3) + (p4 + ... + p7) + ... (mulAX's rows). With AVX the groups are one
// call of groupedRowAVX and the rest one of chainRowAVX; otherwise groupedRowGo.
func groupedRow(o, val []float64, ind []int32, x *dense) {
	ind = ind[:len(val)]
	if hasAVX && len(o) > 0 && len(val) > 0 {
		checkRowArgs(o, x)
		g := len(val) &^ 3
		ok := g == 0 || groupedRowAVX(o, &val[0], &ind[0], g, &x.data[0], x.c, x.r)
		if ok && g < len(val) {
			ok = chainRowAVX(o, &val[g], &ind[g], len(val)-g, &x.data[0], x.c, x.r)
		}
		if !ok {
			panic("topics: sparse index out of range")
		}
		return
	}
	groupedRowGo(o, val, ind, x)
}

// groupedRowGo is groupedRow in Go: two groups of four per pass over o (grouped8Go), then one
// group (grouped4Go), then the rest one product at a time (addInOrder).
func groupedRowGo(o, val []float64, ind []int32, x *dense) {
	rowPasses(o, val, ind, x, grouped8Go, grouped4Go)
}

// rowPasses adds the entries of a sparse row to o with pass8 for each eight entries, then pass4
// for four, then addInOrder for the rest.
func rowPasses(o, val []float64, ind []int32, x *dense,
	pass8 func(o []float64, v *[8]float64, x0, x1, x2, x3, x4, x5, x6, x7 []float64),
	pass4 func(o []float64, v *[4]float64, x0, x1, x2, x3 []float64)) {
	ind = ind[:len(val)]
	k, end := 0, len(val)
	for ; k+8 <= end; k += 8 {
		in := ind[k : k+8 : k+8]
		pass8(o, (*[8]float64)(val[k:k+8]), x.row(int(in[0])), x.row(int(in[1])), x.row(int(in[2])),
			x.row(int(in[3])), x.row(int(in[4])), x.row(int(in[5])), x.row(int(in[6])), x.row(int(in[7])))
	}
	for ; k+4 <= end; k += 4 {
		in := ind[k : k+4 : k+4]
		pass4(o, (*[4]float64)(val[k:k+4]), x.row(int(in[0])), x.row(int(in[1])), x.row(int(in[2])), x.row(int(in[3])))
	}
	addInOrder(o, val[k:end], ind[k:end], x)
}

// checkRowArgs panics unless the rows of x are as long as o and x.data holds x.r of them, as the
// row kernels assume (they check the indices themselves).
func checkRowArgs(o []float64, x *dense) {
	if x.c != len(o) || x.r < 0 || len(x.data) < x.r*x.c {
		panic("topics: row kernel: x does not match o")
	}
}
