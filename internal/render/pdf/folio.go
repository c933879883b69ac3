package pdf

import (
	"strconv"

	"github.com/fengong/fengong/internal/fonts"
)

// numberPages prints page numbers "— n —" on pages[from:], counting from
// first. Blank pages, and pages marked unnumbered, are counted but left
// without a number, as GB/T 9704 asks.
// The side follows the physical page: odd pages right, one character in
// from the type area's edge; even pages left, one character in.
func (c *canvas) numberPages(from, first int) {
	for i := from; i < len(c.pages); i++ {
		p := c.pages[i]
		n := first + i - from
		if len(p.ops) == 0 || p.unnumbered {
			continue
		}
		p.folio = n
		l := c.lineOf(span{"— " + strconv.Itoa(n) + " —", style{fonts.Song, folioSize, black}})
		top := p.fr.bottom() + folioBelow
		if (i+1)%2 == 1 {
			p.right(p.fr.x+p.fr.w-folioSize, top, l)
		} else {
			p.text(p.fr.x+folioSize, top, l)
		}
	}
}
