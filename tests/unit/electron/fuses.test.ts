// The packaged configuration, read and validated by electron-builder's own loader and schema
// (the code `npm run dist` runs), and every Electron fuse checked against the decision in
// docs/packaging.md. The expectation is typed as every fuse electron-builder knows, so a new
// fuse in an electron-builder update is a type error here until someone decides on it.
import type { FuseOptionsV1 } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Every fuse, decided; `resetAdHocDarwinSignature` is a signing step, not a fuse. */
const EXPECTED: Required<Omit<FuseOptionsV1, 'resetAdHocDarwinSignature'>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

async function packagedConfig() {
  const config = await getConfig(ROOT, path.join(ROOT, 'electron-builder.yml'), null);
  await validateConfiguration(config, new DebugLogger(false));
  return config;
}

describe('electron-builder.yml', () => {
  it('is valid for the installed electron-builder and sets every fuse as decided', async () => {
    const config = await packagedConfig();
    expect(config.electronFuses).toEqual(EXPECTED);
    // each one spelled out, so a failure names the fuse
    for (const [fuse, value] of Object.entries(EXPECTED)) {
      expect({ fuse, value: config.electronFuses?.[fuse as keyof FuseOptionsV1] }).toEqual({
        fuse,
        value,
      });
    }
  });

  it('packs the app into app.asar, which onlyLoadAppFromAsar and asar integrity need', async () => {
    const config = await packagedConfig();
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/**']);
  });

  it('publishes nothing: there is no update channel yet (docs/packaging.md)', async () => {
    expect((await packagedConfig()).publish).toBeNull();
  });

  it('a misspelt fuse is refused by the schema, so these checks cannot pass on a typo', async () => {
    const config = await packagedConfig();
    const typo = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } };
    await expect(validateConfiguration(typo, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    );
  });
});
