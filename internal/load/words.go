package load

import (
	"fmt"

	"github.com/fengong/fengong/internal/diag"

	"gopkg.in/yaml.v3"
)

// describe names what a node is, for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return fmt.Sprintf("%q", n.Value)
	case yaml.AliasNode:
		if n.Alias != nil {
			return describe(n.Alias)
		}
	}
	return "something else"
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// closest is diag.Closest, named for the many messages here that use it.
func closest(s string, candidates []string) string { return diag.Closest(s, candidates) }
