// Copyright ©2021 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

package fpdf

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"sync"
)

var xmem = xmempool{
	Pool: sync.Pool{
		New: func() interface{} {
			var m membuffer
			return &m
		},
	},
}

type xmempool struct{ sync.Pool }

// zwriters holds idle zlib writers at fpdf's level, BestSpeed.
//
// fengong: added, see compress. A bounded free list rather than a
// sync.Pool: a document allocates a few MB, so the collector runs about
// once per document and would empty a sync.Pool as often, and a new
// writer would be built for nearly every document. The list keeps at most
// cap(zwriters) writers, enough for that many concurrent documents.
var zwriters = make(chan *zlib.Writer, 8)

func getZlibWriter() *zlib.Writer {
	select {
	case zw := <-zwriters:
		return zw
	default:
		zw, err := zlib.NewWriterLevel(nil, zlib.BestSpeed)
		if err != nil {
			panic(fmt.Errorf("could not create zlib writer: %w", err))
		}
		return zw
	}
}

func putZlibWriter(zw *zlib.Writer) {
	select {
	case zwriters <- zw:
	default:
	}
}

func (pool *xmempool) compress(data []byte) *membuffer {
	mem := pool.Get().(*membuffer)
	buf := &mem.buf
	buf.Grow(len(data))

	// fengong: reuse compressors. zlib.NewWriterLevel allocates and clears
	// ~600 KB of deflate state (window, hash table, Huffman coder) for every
	// stream: a third of a short document's time and most of its garbage.
	// Reset gives the same output as a new writer.
	zw := getZlibWriter()
	defer putZlibWriter(zw)
	zw.Reset(buf)
	_, err := zw.Write(data)
	if err != nil {
		panic(fmt.Errorf("could not zlib-compress slice: %w", err))
	}

	err = zw.Close()
	if err != nil {
		panic(fmt.Errorf("could not close zlib writer: %w", err))
	}
	return mem
}

func (pool *xmempool) uncompress(data []byte) (*membuffer, error) {
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}

	mem := pool.Get().(*membuffer)
	mem.buf.Reset()

	_, err = mem.buf.ReadFrom(zr)
	if err != nil {
		mem.release()
		return nil, err
	}

	return mem, nil
}

type membuffer struct {
	buf bytes.Buffer
}

func (mem *membuffer) bytes() []byte { return mem.buf.Bytes() }
func (mem *membuffer) release() {
	mem.buf.Reset()
	xmem.Put(mem)
}

func (mem *membuffer) copy() []byte {
	src := mem.bytes()
	dst := make([]byte, len(src))
	copy(dst, src)
	return dst
}
