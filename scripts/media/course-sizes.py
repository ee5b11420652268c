#!/usr/bin/env python3
"""Writes into catalog.json the `size` of every course: the total bytes of all files in the course's folder
(the folder that holds its manifest), i.e. what a learner downloads to take the course offline.

    python3 scripts/media/course-sizes.py [public/courses/catalog.json]
"""
import json
import os
import sys


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
        folder = os.path.dirname(os.path.join(base, course["manifest"]))
        course["size"] = folder_size(folder)
        print(f"{course['id']}: {course['size']} bytes in {folder}")
    text = json.dumps(catalog, ensure_ascii=False, indent=2) + "\n"
    with open(path, encoding="utf-8") as f:
        if f.read() == text:
            return
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"updated {path}")


if __name__ == "__main__":
    main()
