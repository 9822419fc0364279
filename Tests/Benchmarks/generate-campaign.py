#!/usr/bin/env python3
"""Writes a deterministic canonical campaign CSV of N rows (default 1,000,000) for the benchmark.

Mixed platforms, countries, devices, formats, buying modes, video and image lines, with some
columns left empty so defaults are exercised. The same N always gives the same bytes.
Usage: generate-campaign.py [ROWS] > campaign.csv
"""
import random
import sys

ROWS = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(20261123)

PLATFORMS = [
    ("tiktok", "video", "social"), ("instagram", "story", "social"), ("instagram", "video", "social"),
    ("youtube", "video", "social"), ("facebook", "image", "social"), ("linkedin", "image", "social"),
    ("open_web", "image", "open_exchange"), ("open_web", "video", "pmp"), ("ctv", "video", "open_exchange"),
    ("douyin", "video", "social"), ("xiaohongshu", "image", "social"), ("snapchat", "video", "social"),
]
COUNTRIES = ["FR", "DE", "PL", "US", "GB", "ES", "IT", "CN", "JP", "KR", "BR", "IN", ""]
DEVICES = ["mobile", "", "mobile:0.7;desktop:0.3", "desktop", "tv", "mobile:0.5;tv:0.5"]
RESOLUTIONS = ["", "480p", "720p", "1080p"]

out = sys.stdout
out.write("line_item,platform,format,buying,country,device,impressions,reach,video_views,avg_watch_seconds,"
          "resolution,creative_bytes,viewability_rate,ivt_rate,on_target_rate\n")
for row in range(ROWS):
    platform, fmt, buying = PLATFORMS[row % len(PLATFORMS)]
    country = COUNTRIES[rng.randrange(len(COUNTRIES))]
    device = "tv" if platform == "ctv" else DEVICES[rng.randrange(len(DEVICES))]
    impressions = rng.randrange(1_000, 500_000)
    reach = impressions // rng.randrange(2, 9) if row % 3 == 0 else ""
    video = fmt == "video"
    views = impressions // 2 if video and row % 2 == 0 else ""
    watch = f"{rng.uniform(2, 20):.1f}" if views != "" else ""
    resolution = RESOLUTIONS[rng.randrange(len(RESOLUTIONS))] if video else ""
    creative = str(rng.randrange(20_000, 800_000)) if not video and row % 4 == 0 else ""
    viewability = f"{rng.uniform(0.4, 0.95):.2f}" if row % 5 == 0 else ""
    ivt = f"{rng.uniform(0.1, 12):.1f}%" if row % 7 == 0 else ""
    on_target = f"{rng.uniform(0.3, 0.8):.2f}" if row % 6 == 0 else ""
    out.write(f"L{row:07d},{platform},{fmt},{buying},{country},{device},{impressions},{reach},{views},{watch},"
              f"{resolution},{creative},{viewability},{ivt},{on_target}\n")
