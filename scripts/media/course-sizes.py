#!/usr/bin/env python3
"""Writes into every course manifest its `files` (each file of the course's folder but the manifest: path, size,
SHA-256 — what a download fetches and checks; format 1.1), then into catalog.json the `size` of every course: the
total bytes of all files in the course's folder, i.e. what a learner downloads to take the course offline.

    python3 scripts/media/course-sizes.py [public/courses/catalog.json]
"""
import hashlib
import json
import os
import sys


def write_if_changed(path, data):
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    with open(path, encoding="utf-8") as f:
        if f.read() == text:
            return
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"updated {path}")


def list_files(manifest):
    folder = os.path.dirname(manifest)
    files = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            full = os.path.join(root, name)
            if name.startswith(".") or os.path.samefile(full, manifest):
                continue
            with open(full, "rb") as f:
                digest = hashlib.sha256(f.read()).hexdigest()
            rel = os.path.relpath(full, folder).replace(os.sep, "/")
            files.append({"src": rel, "size": os.path.getsize(full), "sha256": digest})
    return files


def folder_size(folder):
    total = 0
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files if not f.startswith("."))
    return total


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else "public/courses/catalog.json"
    with open(path, encoding="utf-8") as f:
        catalog = json.load(f)
    base = os.path.dirname(path)
    for course in catalog["courses"]:
        manifest = os.path.join(base, course["manifest"])
        with open(manifest, encoding="utf-8") as f:
            data = json.load(f)
        data["version"] = max(data["version"], "1.1")
        data["files"] = list_files(manifest)
        write_if_changed(manifest, data)
    for course in catalog["courses"]:
        folder = os.path.dirname(os.path.join(base, course["manifest"]))
        course["size"] = folder_size(folder)
        print(f"{course['id']}: {course['size']} bytes in {folder}")
    write_if_changed(path, catalog)


if __name__ == "__main__":
    main()
