import { describe, expect, it } from 'vitest';
import { buildY4m, readPng, drawQrPng, type RgbaImage } from '../fixtures/fake-camera.ts';

/** A picture of one colour. */
function plain(width: number, height: number, [r, g, b]: [number, number, number]): RgbaImage {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) data.set([r, g, b, 255], i * 4);
  return { width, height, data };
}

function splitY4m(video: Buffer) {
  const headerEnd = video.indexOf(0x0a);
  const header = video.subarray(0, headerEnd).toString('ascii');
  const width = Number(/ W(\d+)/.exec(header)?.[1]);
  const height = Number(/ H(\d+)/.exec(header)?.[1]);
  const frameSize = width * height * 1.5;
  const frames: Buffer[] = [];
  let at = headerEnd + 1;
  while (at < video.length) {
    expect(video.subarray(at, at + 6).toString('ascii')).toBe('FRAME\n');
    frames.push(video.subarray(at + 6, at + 6 + frameSize));
    at += 6 + frameSize;
  }
  expect(at).toBe(video.length);
  return { header, width, height, frames };
}

describe('buildY4m', () => {
  it('writes a YUV4MPEG2 header chromium reads as full-range 4:2:0, and the frames of each picture', () => {
    const video = buildY4m([plain(10, 10, [0, 0, 0]), null], { width: 64, height: 48, framesPerImage: 3 });
    const { header, frames } = splitY4m(video);
    expect(header).toBe('YUV4MPEG2 W64 H48 F10:1 Ip A1:1 C420jpeg');
    expect(frames).toHaveLength(6);
    expect(frames[0]?.equals(frames[2] ?? Buffer.alloc(0))).toBe(true);
    expect(frames[0]?.equals(frames[3] ?? Buffer.alloc(0))).toBe(false);
  });

  it('centres a picture on white, with white and colour as YUV', () => {
    const { frames } = splitY4m(
      buildY4m([plain(4, 4, [0, 0, 0])], { width: 8, height: 8, framesPerImage: 1 }),
    );
    const frame = frames[0] ?? Buffer.alloc(0);
    const luma = (x: number, y: number) => frame[y * 8 + x];
    expect(luma(0, 0)).toBe(255);
    expect(luma(2, 2)).toBe(0);
    expect(luma(5, 5)).toBe(0);
    expect(luma(6, 6)).toBe(255);
    // Grey has no colour: both chroma planes at 128.
    expect([...frame.subarray(64)].every((value) => value === 128)).toBe(true);
    const { frames: red } = splitY4m(
      buildY4m([plain(8, 8, [255, 0, 0])], { width: 8, height: 8, framesPerImage: 1 }),
    );
    // After the 8×8 luma plane: 4×4 blue-difference samples (low for red), then 4×4 red-difference (high).
    expect(red[0]?.[64]).toBe(85);
    expect(red[0]?.[64 + 16]).toBe(255);
  });

  it('scales a picture larger than the frame down to fit, keeping its proportions', () => {
    const tall = plain(100, 200, [0, 0, 0]);
    const { frames } = splitY4m(buildY4m([tall], { width: 40, height: 20, framesPerImage: 1 }));
    const row = [...(frames[0] ?? Buffer.alloc(0)).subarray(10 * 40, 11 * 40)];
    // 200 high fits in 20 at a tenth: 10 pixels wide, centred in 40.
    expect(row.filter((value) => value === 0)).toHaveLength(10);
    expect(row.indexOf(0)).toBe(15);
  });

  it('refuses an odd frame size, which 4:2:0 cannot hold', () => {
    expect(() => buildY4m([null], { width: 63, height: 48 })).toThrow(/even/);
  });
});

describe('drawQrPng', () => {
  it('draws the code with its white quiet zone and a dark finder pattern in the corner', () => {
    const image = readPng(drawQrPng('QS', 4));
    expect(image.width).toBe((21 + 8) * 4);
    const pixel = (x: number, y: number) => image.data[(y * image.width + x) * 4];
    expect(pixel(0, 0)).toBe(255);
    expect(pixel(15, 15)).toBe(255);
    expect(pixel(16, 16)).toBe(0);
  });
});
