// Package templates holds the handbook's default templates and assets,
// embedded in the fengong binary. A committee overrides any one of them by
// putting a file of the same name in its content folder's templates/; see
// the package doc of internal/render/html for the lookup order.
package templates

import "embed"

// FS holds the default templates (*.html) and assets (assets/…).
//
//go:embed *.html assets
var FS embed.FS
