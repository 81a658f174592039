package pipeline

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

func counter(n int) func() (int, bool, error) {
	i := 0
	return func() (int, bool, error) {
		if i >= n {
			return 0, false, nil
		}
		i++
		return i - 1, true, nil
	}
}

func TestMapKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		t.Run(fmt.Sprint(workers), func(t *testing.T) {
			var got []int
			err := Map(context.Background(), workers, counter(500),
				func(_ context.Context, i int) (int, error) {
					time.Sleep(time.Duration(rand.IntN(50)) * time.Microsecond)
					return i * i, nil
				},
				func(in, out int, err error) error {
					if err != nil {
						return err
					}
					if out != in*in {
						t.Errorf("item %d: got %d", in, out)
					}
					got = append(got, in)
					return nil
				})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 500 {
				t.Fatalf("emitted %d items, want 500", len(got))
			}
			for i, v := range got {
				if v != i {
					t.Fatalf("position %d holds item %d", i, v)
				}
			}
		})
	}
}

func TestMapItemErrorsAndPanicsAreReportedNotFatal(t *testing.T) {
	var errs, oks int
	err := Map(context.Background(), 2, counter(10),
		func(_ context.Context, i int) (string, error) {
			switch i {
			case 3:
				return "", errors.New("bad document")
			case 7:
				panic("boom")
			}
			return "ok", nil
		},
		func(in int, out string, err error) error {
			if err != nil {
				errs++
				if in == 7 && err.Error() != "internal error: boom" {
					t.Errorf("panic became %q", err)
				}
				return nil
			}
			oks++
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if errs != 2 || oks != 8 {
		t.Fatalf("errs=%d oks=%d, want 2 and 8", errs, oks)
	}
}

func TestMapStopsOnReadAndEmitErrorsAndCancel(t *testing.T) {
	readErr := errors.New("disk gone")
	i := 0
	err := Map(context.Background(), 2,
		func() (int, bool, error) {
			i++
			if i == 5 {
				return 0, false, readErr
			}
			return i, true, nil
		},
		func(_ context.Context, i int) (int, error) { return i, nil },
		func(int, int, error) error { return nil })
	if !errors.Is(err, readErr) {
		t.Fatalf("read error: got %v", err)
	}

	stop := errors.New("sink full")
	n := 0
	err = Map(context.Background(), 2, counter(1000),
		func(_ context.Context, i int) (int, error) { return i, nil },
		func(int, int, error) error {
			n++
			if n == 10 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) || n != 10 {
		t.Fatalf("emit error: got %v after %d", err, n)
	}

	ctx, cancel := context.WithCancel(context.Background())
	m := 0
	err = Map(ctx, 2, func() (int, bool, error) { return 1, true, nil }, // endless input
		func(_ context.Context, i int) (int, error) { return i, nil },
		func(int, int, error) error {
			m++
			if m == 100 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancel: got %v", err)
	}
}
