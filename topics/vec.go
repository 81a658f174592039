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
