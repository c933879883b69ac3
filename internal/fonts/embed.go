package fonts

import _ "embed"

// The default faces, copied from Debian's fonts-arphic-gbsn00lp,
// fonts-arphic-gkai00mp and fonts-droid-fallback packages. Their licences
// sit next to them in data/ (*.COPYRIGHT, *.LICENSE-*).

//go:embed data/gbsn00lp.ttf
var songTTF []byte

//go:embed data/gkai00mp.ttf
var kaiTTF []byte

//go:embed data/DroidSansFallbackFull.ttf
var heiTTF []byte
