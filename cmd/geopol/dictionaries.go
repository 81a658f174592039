package main

import (
	"fmt"
	"os"

	"github.com/geopol/geopol/entities"
	"github.com/geopol/geopol/entities/actors"
)

// readDictionaries reads the --actors and --ignore files once. A file that cannot be read or has a
// malformed line is a usage error naming the file and line; nothing of it is used.
func (g *globalOpts) readDictionaries() error {
	if g.dictsRead {
		return nil
	}
	for _, p := range g.actors {
		f, err := os.Open(p)
		if err != nil {
			return usageError{fmt.Errorf("--actors: %w", err)}
		}
		d, err := actors.ReadDictionary(f, p)
		f.Close()
		if err != nil {
			return usageError{fmt.Errorf("--actors: %w", err)}
		}
		g.userDicts = append(g.userDicts, d)
	}
	for _, p := range g.ignore {
		f, err := os.Open(p)
		if err != nil {
			return usageError{fmt.Errorf("--ignore: %w", err)}
		}
		ks, err := actors.ReadIgnore(f, p)
		f.Close()
		if err != nil {
			return usageError{fmt.Errorf("--ignore: %w", err)}
		}
		g.ignoreKeys = append(g.ignoreKeys, ks...)
	}
	g.dictsRead = true
	return nil
}

// ground sets the chain's Grounder to one with the user dictionaries, when there are any (the
// chain of pipeline.LoadModels already grounds with the built-in ones).
func (g *globalOpts) ground(c *entities.Chain) error {
	if err := g.readDictionaries(); err != nil {
		return err
	}
	if len(g.userDicts) == 0 && len(g.ignoreKeys) == 0 {
		return nil
	}
	gr, err := actors.New(actors.Options{User: g.userDicts, Ignore: g.ignoreKeys, Gazetteer: c.Gazetteer})
	if err != nil {
		return err
	}
	c.Grounder = gr
	return nil
}
