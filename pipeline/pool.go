package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"
)

// Map runs fn over every item that next yields, on workers goroutines, and calls emit with the results
// in input order. next returns ok=false when the input is exhausted; its error ends the run.
//
// At most 4×workers items are in flight (read but not yet emitted), so memory stays bounded however
// large the input is, and a slow item holds back the emission of later ones, not their processing.
// fn must be safe for concurrent use; emit is called from one goroutine at a time. A panic in fn is
// turned into the item's error by recovering it in the worker, so one bad document cannot end a run;
// that error is passed to emit with the zero result. Cancelling ctx stops reading and returns ctx.Err().
func Map[In, Out any](ctx context.Context, workers int,
	next func() (In, bool, error),
	fn func(context.Context, In) (Out, error),
	emit func(In, Out, error) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		in  In
	}
	type done struct {
		seq int
		in  In
		out Out
		err error
	}
	window := 4 * workers
	jobs := make(chan job)
	results := make(chan done, window)
	slots := make(chan struct{}, window) // a slot is taken when an item is read and freed when emitted

	var readErr error
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			in, ok, err := next()
			if err != nil {
				readErr = err
				cancel()
				return
			}
			if !ok {
				return
			}
			select {
			case jobs <- job{seq, in}:
			case <-ctx.Done():
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				out, err := safeCall(ctx, fn, j.in)
				results <- done{j.seq, j.in, out, err}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]done, window)
	nextSeq := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			continue // drain so the workers can finish
		}
		pending[r.seq] = r
		for {
			d, ok := pending[nextSeq]
			if !ok {
				break
			}
			delete(pending, nextSeq)
			nextSeq++
			<-slots
			if err := emit(d.in, d.out, d.err); err != nil {
				emitErr = err
				cancel()
				break
			}
		}
	}
	switch {
	case emitErr != nil:
		return emitErr
	case readErr != nil:
		return readErr
	}
	return ctx.Err()
}

func safeCall[In, Out any](ctx context.Context, fn func(context.Context, In) (Out, error), in In) (out Out, err error) {
	defer func() {
		if r := recover(); r != nil {
			var zero Out
			out, err = zero, fmt.Errorf("internal error: %v", r)
		}
	}()
	return fn(ctx, in)
}
