#!/usr/bin/env python3
"""Builds the sample courses' media from the specs in scripts/media/sources/.

Sub-commands (all paths relative to the repository root, which is the working directory):

  video SPEC.json    slides + espeak-ng narration -> NAME.webm (VP9 + Opus), NAME.poster.jpg, NAME.<lang>.vtt
  audio SPEC.json    espeak-ng narration segments -> NAME.webm (WebM, Opus audio only)
  durations COURSE.json
                     writes the real `duration` (ffprobe) of every video/audio unit and the `size` of every
                     document unit into the manifest

Only the Python standard library, ffmpeg/ffprobe and espeak-ng are used. The output is deterministic: the same
sources give byte-identical files (bit-exact muxing, single-threaded encoding, no timestamps).
"""
import json
import os
import subprocess
import sys
import tempfile
import wave

RATE = 22050  # espeak-ng writes 22.05 kHz mono 16-bit PCM
FONT_REGULAR = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BITEXACT = ["-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1"]


def run(cmd):
    subprocess.run(cmd, check=True)


def ffmpeg(args):
    run(["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"] + args)


def speak(text, voice, speed, path, pitch=None):
    """Synthesizes one utterance to a WAV file and returns its duration in seconds."""
    cmd = ["espeak-ng", "-v", voice, "-s", str(speed), "-w", path]
    if pitch is not None:
        cmd += ["-p", str(pitch)]
    subprocess.run(cmd + ["--stdin"], input=text.encode("utf-8"), check=True)
    with wave.open(path, "rb") as w:
        assert w.getframerate() == RATE and w.getnchannels() == 1 and w.getsampwidth() == 2, path
        return w.getnframes() / RATE


def write_timeline(parts, path):
    """parts: list of ("wav", path) or ("silence", seconds). Writes one WAV, returns its duration."""
    frames = 0
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        for kind, value in parts:
            if kind == "silence":
                n = int(round(value * RATE))
                out.writeframes(b"\x00\x00" * n)
                frames += n
            else:
                with wave.open(value, "rb") as w:
                    data = w.readframes(w.getnframes())
                    out.writeframes(data)
                    frames += w.getnframes()
    return frames / RATE


def vtt_time(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def esc_filter_path(p):
    # Paths inside a filtergraph: escape the characters the filter parser treats specially.
    return p.replace("\\", "\\\\").replace(":", "\\:").replace("'", "\\'").replace(",", "\\,")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------------------------------------------------------
# video: a few slides with large text, one narrated sentence per subtitle cue

def build_video(spec_path):
    spec = load(spec_path)
    out = spec["output"]
    width, height = spec.get("size", [640, 360])
    fps = spec.get("fps", 15)
    narration = spec.get("narrationLanguage", "en")
    voice, speed = spec.get("voice", "en-gb"), spec.get("speed", 150)
    lead, gap, tail = spec.get("leadIn", 0.5), spec.get("gap", 0.4), spec.get("tail", 0.8)
    theme = spec["theme"]
    langs = spec["subtitleLanguages"]
    os.makedirs(os.path.dirname(out), exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="alliance-media-") as tmp:
        parts, cues, filters = [], [], []
        t = 0.0
        n_slides = len(spec["slides"])
        filters.append(f"drawbox=x=0:y=0:w=iw:h={int(height * 0.2)}:color={theme['bar']}:t=fill")
        filters.append(f"drawbox=x=0:y={height - 34}:w=iw:h=34:color={theme['bar']}:t=fill")
        footer = os.path.join(tmp, "footer.txt")
        with open(footer, "w", encoding="utf-8") as f:
            f.write(spec["footer"])
        filters.append(
            f"drawtext=fontfile={FONT_REGULAR}:textfile={esc_filter_path(footer)}:expansion=none:"
            f"fontcolor={theme['muted']}:fontsize=16:x=16:y={height - 25}")
        slide_times = []
        for i, slide in enumerate(spec["slides"]):
            start = t
            parts.append(("silence", lead))
            t += lead
            for j, sentence in enumerate(slide["say"]):
                wav = os.path.join(tmp, f"s{i:02d}-{j:02d}.wav")
                d = speak(sentence[narration], voice, speed, wav)
                parts.append(("wav", wav))
                cues.append((t, t + d, sentence))
                t += d
                if j < len(slide["say"]) - 1:
                    parts.append(("silence", gap))
                    t += gap
            parts.append(("silence", tail))
            t += tail
            # round each slide to whole frames so pictures and sound stay aligned
            frames = int(-(-(t - start) * fps // 1))
            end = start + frames / fps
            parts.append(("silence", end - t))
            t = end
            slide_times.append((start, end))
            enable = f"enable='gte(t,{start:.4f})*lt(t,{end:.4f})'"

            def text(s, font, size, color, y, key):
                p = os.path.join(tmp, f"t{i:02d}-{key}.txt")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(s)
                filters.append(
                    f"drawtext=fontfile={font}:textfile={esc_filter_path(p)}:expansion=none:fontcolor={color}:"
                    f"fontsize={size}:x=(w-text_w)/2:y={y}:{enable}")

            text(slide["title"], FONT_BOLD, spec.get("titleSize", 34), theme["title"], int(height * 0.2 / 2 - 18), "title")
            lines = [l if isinstance(l, dict) else {"text": l} for l in slide.get("lines", [])]
            sizes = [{"big": 40, "text": 28, "small": 22}[l.get("size", "text")] for l in lines]
            heights = [int(sz * 1.6) for sz in sizes]
            y = int(height * 0.2 + (height * 0.8 - 34 - sum(heights)) / 2)
            for k, (line, sz, lh) in enumerate(zip(lines, sizes, heights)):
                accent = line.get("style") == "accent"
                text(line["text"], FONT_BOLD if accent else FONT_REGULAR, sz,
                     theme["accent"] if accent else theme["text"], y + (lh - sz) // 2, f"l{k}")
                y += lh
            counter = os.path.join(tmp, f"n{i:02d}.txt")
            with open(counter, "w", encoding="utf-8") as f:
                f.write(f"{i + 1} / {n_slides}")
            filters.append(
                f"drawtext=fontfile={FONT_REGULAR}:textfile={esc_filter_path(counter)}:expansion=none:"
                f"fontcolor={theme['muted']}:fontsize=16:x=w-text_w-16:y={height - 25}:{enable}")

        total = t
        narration_wav = os.path.join(tmp, "narration.wav")
        write_timeline(parts, narration_wav)
        script = os.path.join(tmp, "filters.txt")
        with open(script, "w", encoding="utf-8") as f:
            f.write(",\n".join(filters) + "\n")
        ffmpeg(["-f", "lavfi", "-i", f"color=c={theme['background']}:s={width}x{height}:r={fps}:d={total:.4f}",
                "-i", narration_wav, "-filter_script:v", script, "-t", f"{total:.4f}",
                "-c:v", "libvpx-vp9", "-crf", str(spec.get("crf", 38)), "-b:v", "0", "-deadline", "good",
                "-cpu-used", "2", "-row-mt", "0", "-threads", "1", "-g", str(fps * 5), "-pix_fmt", "yuv420p",
                "-c:a", "libopus", "-b:a", "32k", "-ar", "48000", "-ac", "1"] + BITEXACT + [out + ".webm"])
        ps, pe = slide_times[spec.get("posterSlide", 0)]
        ffmpeg(["-ss", f"{(ps + pe) / 2:.3f}", "-i", out + ".webm", "-frames:v", "1", "-q:v", "4",
                "-fflags", "+bitexact", "-flags:v", "+bitexact", out + ".poster.jpg"])

    for lang in langs:
        with open(f"{out}.{lang}.vtt", "w", encoding="utf-8", newline="\n") as f:
            f.write("WEBVTT\n")
            for n, (a, b, sentence) in enumerate(cues, 1):
                f.write(f"\n{n}\n{vtt_time(a)} --> {vtt_time(b)}\n{sentence[lang]}\n")
    print(f"video: {out}.webm ({total:.1f} s, {len(cues)} cues, subtitles {', '.join(langs)})")


# ---------------------------------------------------------------------------------------------------------------
# audio: a sequence of spoken segments (several voices allowed) with pauses

def build_audio(spec_path):
    spec = load(spec_path)
    out = spec["output"]
    defaults = spec.get("defaults", {})
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="alliance-media-") as tmp:
        parts = [("silence", spec.get("leadIn", 0.4))]
        for i, seg in enumerate(spec["segments"]):
            if "say" in seg:
                voice_name = seg.get("voice", defaults.get("voice", "en-gb"))
                voice = spec.get("voices", {}).get(voice_name, {"voice": voice_name})
                wav = os.path.join(tmp, f"seg{i:03d}.wav")
                speak(seg["say"], voice["voice"], seg.get("speed", voice.get("speed", defaults.get("speed", 150))),
                      wav, voice.get("pitch"))
                for r in range(seg.get("repeat", 1)):
                    if r:
                        parts.append(("silence", seg.get("pause", defaults.get("pause", 0.5))))
                    parts.append(("wav", wav))
            parts.append(("silence", seg.get("pause", defaults.get("pause", 0.5))))
        wav = os.path.join(tmp, "all.wav")
        total = write_timeline(parts, wav)
        ffmpeg(["-i", wav, "-c:a", "libopus", "-b:a", str(spec.get("bitrate", "24k")), "-ar", "48000", "-ac", "1",
                "-fflags", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1", out])
    print(f"audio: {out} ({total:.1f} s)")


# ---------------------------------------------------------------------------------------------------------------
# durations: real media durations and document sizes into course.json

def probe_duration(path):
    r = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", path],
                       check=True, capture_output=True, text=True)
    return float(r.stdout.strip())


def is_local(src):
    return not (src.startswith("http://") or src.startswith("https://"))


def update_durations(course_path):
    course = load(course_path)
    base = os.path.dirname(course_path)
    for module in course["modules"]:
        for unit in module["units"]:
            if unit["kind"] in ("video", "audio"):
                src = next(s["src"] for s in unit["sources"] if is_local(s["src"]))
                unit["duration"] = round(probe_duration(os.path.join(base, src)), 1)
            elif unit["kind"] == "document" and is_local(unit["src"]):
                unit["size"] = os.path.getsize(os.path.join(base, unit["src"]))
    write_json(course_path, course)


def write_json(path, data):
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        with open(path, encoding="utf-8") as f:
            if f.read() == text:
                return
    except FileNotFoundError:
        pass
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"updated {path}")


def main(argv):
    if len(argv) != 3 or argv[1] not in ("video", "audio", "durations"):
        sys.exit(__doc__)
    {"video": build_video, "audio": build_audio, "durations": update_durations}[argv[1]](argv[2])


if __name__ == "__main__":
    main(sys.argv)
