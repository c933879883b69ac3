package gitrepo

import (
	"bufio"
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing/fstest"
)

// File is one content file: its git blob hash and its bytes.
type File struct {
	Hash string
	Data []byte
}

// Snapshot is a content folder at one revision, by path relative to the
// content folder (with slashes). Only YAML files are kept: the loader reads
// nothing else, and fonts would only cost memory.
type Snapshot map[string]*File

// FS returns the snapshot as a file system for load.FS.
func (s Snapshot) FS() fs.FS {
	m := make(fstest.MapFS, len(s))
	for p, f := range s {
		m[p] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
	}
	return m
}

// Hashes returns path → blob hash.
func (s Snapshot) Hashes() map[string]string {
	m := make(map[string]string, len(s))
	for p, f := range s {
		m[p] = f.Hash
	}
	return m
}

func isYAML(p string) bool { return strings.HasSuffix(p, ".yaml") || strings.HasSuffix(p, ".yml") }

// Tree lists the YAML files under prefix at commit: path (relative to
// prefix) → blob hash. It fails when prefix does not exist at commit.
func (r *Repo) Tree(commit, prefix string) (map[string]string, error) {
	spec := commit + ":" + prefix
	if _, err := r.Git("cat-file", "-e", spec); err != nil {
		return nil, fmt.Errorf("the folder %s/ does not exist at %.12s; give the content folder with --dir", strings.TrimSuffix(prefix, "/"), commit)
	}
	out, err := r.Git("ls-tree", "-r", "-z", "--end-of-options", spec)
	if err != nil {
		return nil, err
	}
	files := map[string]string{}
	for _, rec := range bytes.Split(out, []byte{0}) {
		// <mode> SP <type> SP <hash> TAB <path>
		meta, path, ok := strings.Cut(string(rec), "\t")
		fields := strings.Fields(meta)
		if !ok || len(fields) != 3 || fields[1] != "blob" || !isYAML(path) {
			continue
		}
		files[path] = fields[2]
	}
	return files, nil
}

// Snapshot reads the YAML files under prefix at commit.
func (r *Repo) Snapshot(commit, prefix string) (Snapshot, error) {
	s, err := r.Snapshots(prefix, commit)
	if err != nil {
		return nil, err
	}
	return s[0], nil
}

// Snapshots reads the YAML files under prefix at several commits through
// one cat-file process; a blob the commits share is read once and its
// bytes are shared.
func (r *Repo) Snapshots(prefix string, commits ...string) ([]Snapshot, error) {
	trees := make([]map[string]string, len(commits))
	var hashes []string
	for i, c := range commits {
		tree, err := r.Tree(c, prefix)
		if err != nil {
			return nil, err
		}
		trees[i] = tree
		for _, h := range tree {
			hashes = append(hashes, h)
		}
	}
	blobs, err := r.Blobs(hashes)
	if err != nil {
		return nil, err
	}
	out := make([]Snapshot, len(commits))
	for i, tree := range trees {
		out[i] = make(Snapshot, len(tree))
		for p, h := range tree {
			out[i][p] = &File{Hash: h, Data: blobs[h]}
		}
	}
	return out, nil
}

// Blobs reads the given blobs through a single `git cat-file --batch`
// process. Duplicate hashes are read once.
func (r *Repo) Blobs(hashes []string) (map[string][]byte, error) {
	unique := make([]string, 0, len(hashes))
	out := make(map[string][]byte, len(hashes))
	for _, h := range hashes {
		if _, seen := out[h]; !seen {
			out[h] = nil
			unique = append(unique, h)
		}
	}
	if len(unique) == 0 {
		return out, nil
	}
	cmd := exec.Command("git", "cat-file", "--batch")
	cmd.Dir = r.Top
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("cannot run git cat-file: %v", err)
	}
	go func() {
		w := bufio.NewWriter(stdin)
		for _, h := range unique {
			w.WriteString(h + "\n")
		}
		w.Flush()
		stdin.Close()
	}()
	readErr := readBatch(bufio.NewReaderSize(stdout, 1<<16), unique, out)
	if readErr != nil {
		io.Copy(io.Discard, stdout)
	}
	if err := cmd.Wait(); err != nil && readErr == nil {
		readErr = fmt.Errorf("git cat-file: %v", err)
	}
	return out, readErr
}

// readBatch parses cat-file's answers: "<hash> <type> <size>\n<data>\n".
func readBatch(br *bufio.Reader, want []string, out map[string][]byte) error {
	for _, h := range want {
		header, err := br.ReadString('\n')
		if err != nil {
			return fmt.Errorf("git cat-file: reading %s: %v", h, err)
		}
		f := strings.Fields(header)
		if len(f) != 3 {
			return fmt.Errorf("git cat-file: object %s is missing (%s)", h, strings.TrimSpace(header))
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			return fmt.Errorf("git cat-file: bad header %q", header)
		}
		data := make([]byte, size+1) // the object and its closing newline
		if _, err := io.ReadFull(br, data); err != nil {
			return fmt.Errorf("git cat-file: reading %s: %v", h, err)
		}
		out[h] = data[:size]
	}
	return nil
}

// BlobHash returns the hash git gives a blob with these bytes, so that
// files of the working tree compare with files of a commit.
func BlobHash(data []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(data))
	h.Write(data)
	return hex.EncodeToString(h.Sum(nil))
}

// WorkTree reads the YAML files of a folder on disk, including files git
// does not track yet: the working tree is what the user is editing.
func WorkTree(dir string) (Snapshot, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("cannot read content folder %s: %v", dir, err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a folder; give the content folder with --dir", dir)
	}
	s := Snapshot{}
	err = filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && strings.HasPrefix(e.Name(), ".") && p != dir {
			return filepath.SkipDir
		}
		if e.IsDir() || !isYAML(p) {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		s[filepath.ToSlash(rel)] = &File{Hash: BlobHash(data), Data: data}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("cannot read content folder %s: %v", dir, err)
	}
	return s, nil
}
