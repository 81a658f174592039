package main

import "github.com/spf13/cobra"

func newTrainCmd(s streams, g *globalOpts) *cobra.Command {
	c := &cobra.Command{
		Use:   "train",
		Short: "Train geopol's models",
	}
	return c
}
